package dev.clapboard.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of verifying a workspace's chain: intact with {@code entries} entries, or the first broken entry
 * (id, number, time and action; all null when entries at the end of the chain are missing) and why.
 */
public record ChainCheck(boolean intact, long entries, @Nullable Long brokenEntryId, @Nullable Long brokenSequenceNo,
        @Nullable Instant brokenAt, @Nullable AuditAction brokenAction, String message) {
}
