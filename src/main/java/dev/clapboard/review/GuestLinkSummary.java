package dev.clapboard.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A guest link as its manager sees it. {@code url} is only known right after creation: the token itself is never
 * stored, so a lost link is revoked and made anew.
 */
public record GuestLinkSummary(long id, long generationId, Instant expiresAt, boolean hasPassword,
        @Nullable Instant revokedAt, Instant createdAt, @Nullable String url) {
}
