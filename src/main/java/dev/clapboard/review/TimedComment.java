package dev.clapboard.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A comment at {@code atMillis} (to {@code untilMillis} for a span) of a video; replies carry their root's
 * {@code parentId} and time. {@code mayEdit}/{@code mayDelete} are for the signed-in member.
 */
public record TimedComment(long id, long generationId, @Nullable Long parentId, long authorAccountId,
        String authorName, String body, long atMillis, @Nullable Long untilMillis, boolean resolved,
        Instant createdAt, boolean edited, boolean mayEdit, boolean mayDelete) {
}
