package dev.clapboard.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One audit entry as the admin view and the compliance export show it. */
public record AuditEntryView(long id, long sequenceNo, Instant occurredAt, @Nullable Long actorAccountId,
        String actorName, AuditAction action, String subjectType, @Nullable String subjectId,
        @Nullable Long campaignId, String details, String previousHash, String entryHash) {
}
