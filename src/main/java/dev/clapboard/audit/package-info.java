/**
 * Compliance records that outlive any one feature: the tamper-evident audit trail (one SHA-256 hash chain per
 * workspace), the provenance record of every stored output, labelled exports for publishing (visible AI label,
 * provenance in the MP4 metadata) and the per-campaign compliance export for legal. A top-level consumer: it
 * listens to every feature's events and reads their public services; no feature depends on it.
 *
 * @see <a href="../../../../../docs/decisions/0010-audit-and-provenance.md">decision 0010</a>
 */
@NullMarked
package dev.clapboard.audit;

import org.jspecify.annotations.NullMarked;
