package dev.clapboard.generation;

import dev.clapboard.generation.provider.VideoSize;
import org.jspecify.annotations.Nullable;

/**
 * What a creator asks for in the generate dialog. {@code imageReference}: an optional PNG or JPEG the videos
 * start from (their first frame), at most {@link #MAX_IMAGE_BYTES}.
 */
public record GenerationOrder(long campaignId, @Nullable Long cardId, @Nullable Long promptVersionId, String promptText,
        String title, String providerId, String model, VideoSize size, int durationSeconds, int variants,
        String style, byte @Nullable [] imageReference) {

    public static final int MAX_VARIANTS = 8;
    /** The stored prompt text's limit (the column's size). */
    public static final int MAX_PROMPT_LENGTH = 10_000;
    public static final int MAX_IMAGE_BYTES = 50 * 1024 * 1024;

    /** An order without an image reference. */
    public GenerationOrder(long campaignId, @Nullable Long cardId, @Nullable Long promptVersionId, String promptText,
            String title, String providerId, String model, VideoSize size, int durationSeconds, int variants,
            String style) {
        this(campaignId, cardId, promptVersionId, promptText, title, providerId, model, size, durationSeconds, variants,
                style, null);
    }

    /**
     * An order without an image reference whose size is a label as {@link ProviderChoice} lists them (e.g.
     * {@code 1280x720}), for callers outside this feature (the REST API), which do not see the provider SPI.
     */
    public static GenerationOrder sized(long campaignId, @Nullable Long cardId, @Nullable Long promptVersionId,
            String promptText, String title, String providerId, String model, String size, int durationSeconds,
            int variants, String style) {
        return new GenerationOrder(campaignId, cardId, promptVersionId, promptText, title, providerId, model,
                VideoSize.parse(size), durationSeconds, variants, style);
    }
}
