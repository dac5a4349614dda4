package dev.clapboard.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A comment at {@code atMillis} (to {@code untilMillis} for a span) of a video; replies carry their root's
 * {@code parentId} and time. {@code external} comments come from guests (no account); {@code mayEdit} and
 * {@code mayDelete} are for the signed-in member.
 */
public record TimedComment(long id, long generationId, @Nullable Long parentId, @Nullable Long authorAccountId,
        String authorName, boolean external, String body, long atMillis, @Nullable Long untilMillis, boolean resolved,
        Instant createdAt, boolean edited, boolean mayEdit, boolean mayDelete) {
}
