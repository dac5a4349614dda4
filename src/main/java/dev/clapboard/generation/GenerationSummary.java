package dev.clapboard.generation;

import dev.clapboard.base.Money;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A generation as lists and players show it. {@code retryOfId} and {@code remixedFromId} link it to the
 * generation it was made again from; {@code framesPerSecond} is the stored video's own rate, when it is known.
 */
public record GenerationSummary(long id, long campaignId, @Nullable Long cardId, String batchId, int variantIndex,
        GenerationStatus status, int progressPercent, String providerId, String model, String size,
        int durationSeconds, String style, Money estimate, long requestedBy, Instant requestedAt,
        @Nullable String failureReason, @Nullable Long videoMediaId, @Nullable Long thumbnailMediaId,
        @Nullable Long retryOfId, String promptText, @Nullable Long promptVersionId, @Nullable Long remixedFromId,
        @Nullable Integer framesPerSecond) {
}
