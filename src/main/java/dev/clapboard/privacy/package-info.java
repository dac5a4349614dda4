/**
 * Privacy: a member's personal data export (GDPR Art. 15 and 20), assembled from every feature's public
 * service. A top-level consumer: it reads workspace, notification, prompt, generation, review, api and audit;
 * nothing depends on it. Erasing a person from the people register lives in compliance, which owns that register.
 *
 * @see <a href="../../../../../docs/decisions/0010-compliance.md">0010 Compliance (GDPR section)</a>
 */
@NullMarked
package dev.clapboard.privacy;

import org.jspecify.annotations.NullMarked;
