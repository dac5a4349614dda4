package dev.clapboard.compliance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A prompt moderation held for review, and its release once a manager gave it. */
public record ModerationCaseSummary(long id, long campaignId, @Nullable Long cardId, @Nullable Long promptVersionId,
        String promptText, String reason, boolean released, String requestedBy, Instant requestedAt,
        @Nullable String releasedBy, @Nullable Instant releasedAt, @Nullable String releaseNote) {
}
