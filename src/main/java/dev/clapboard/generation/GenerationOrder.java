package dev.clapboard.generation;

import dev.clapboard.generation.provider.VideoSize;
import org.jspecify.annotations.Nullable;

/** What a creator asks for in the generate dialog. */
public record GenerationOrder(long campaignId, @Nullable Long cardId, @Nullable Long promptVersionId, String promptText,
        String title, String providerId, String model, VideoSize size, int durationSeconds, int variants,
        String style) {

    public static final int MAX_VARIANTS = 8;
}
