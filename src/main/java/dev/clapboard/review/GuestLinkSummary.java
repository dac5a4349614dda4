package dev.clapboard.review;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A guest link as its manager sees it: one video, or a playlist ({@code title}, {@code generationIds} in
 * order). {@code url} is only known right after creation: the token itself is never stored, so a lost link is
 * revoked and made anew.
 */
public record GuestLinkSummary(long id, long generationId, Instant expiresAt, boolean hasPassword,
        @Nullable Instant revokedAt, Instant createdAt, @Nullable String url, @Nullable String title,
        List<Long> generationIds) {
}
