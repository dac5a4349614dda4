package dev.clapboard.prompt;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One saved, immutable version of a card's prompt: the exact text and every setting saved with it. A generation
 * refers to {@code id} and can always read back what it used.
 *
 * @param siblingGroup shared by the style/audience variants made in one action, null otherwise
 * @param parentVersionId the version this one was restored or varied from, null for a plain save
 */
public record PromptVersion(long id, long campaignId, long cardId, int number, String text,
        @Nullable StructuredPrompt structured, @Nullable String style, @Nullable String audience,
        @Nullable Integer durationSeconds, @Nullable String aspectRatio, String note, long authorAccountId,
        String authorName, Instant createdAt, @Nullable String siblingGroup, @Nullable Long parentVersionId,
        @Nullable String templateKey) {
}
