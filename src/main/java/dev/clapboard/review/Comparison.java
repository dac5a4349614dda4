package dev.clapboard.review;

import dev.clapboard.generation.GenerationSummary;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Two or more videos side by side, in the order asked for, and the winner picked among them, if any. */
public record Comparison(List<Compared> videos, @Nullable Winner winner) {

    public Comparison {
        videos = List.copyOf(videos);
    }

    /** One video with its review state and A/B results ({@code figures} null while there are none). */
    public record Compared(GenerationSummary video, ReviewSummary review, @Nullable AbFigures figures) {
    }

    public record Winner(long generationId, String pickedBy, Instant pickedAt) {
    }
}
