package dev.clapboard.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A decision one member made on a video, as their data export lists it. */
public record DecisionMade(long generationId, String role, Verdict verdict, @Nullable String note,
        Instant decidedAt) {
}
