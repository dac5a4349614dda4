package dev.clapboard.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which entries the admin view shows; every part is optional. {@code from} inclusive, {@code to} exclusive;
 * {@code systemActor} picks the entries without a member (then {@code actorAccountId} is ignored).
 */
public record AuditFilter(@Nullable Instant from, @Nullable Instant to, @Nullable Long actorAccountId,
        boolean systemActor, @Nullable AuditAction action, @Nullable Long campaignId) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, false, null, null);
}
