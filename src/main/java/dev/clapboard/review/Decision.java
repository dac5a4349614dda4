package dev.clapboard.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One reviewer's decision on a video. */
public record Decision(long reviewerAccountId, String reviewerName, String reviewerRole, Verdict verdict,
        @Nullable String note, Instant decidedAt) {
}
