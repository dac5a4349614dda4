/**
 * Compliance: the people shown in videos and their consent records, the consent gate and moderation every
 * generation request passes, and "consent revoked" flags that block approval. Others use
 * {@link dev.clapboard.compliance.PeopleService}, {@link dev.clapboard.compliance.ConsentService},
 * {@link dev.clapboard.compliance.ModerationService} and the events {@link dev.clapboard.compliance.ConsentGranted},
 * {@link dev.clapboard.compliance.ConsentRevoked}, {@link dev.clapboard.compliance.ConsentRequested} and
 * {@link dev.clapboard.compliance.ModerationReleased}.
 *
 * @see <a href="../../../../../docs/decisions/0010-compliance.md">0010 Compliance</a>
 */
@NullMarked
package dev.clapboard.compliance;

import org.jspecify.annotations.NullMarked;
