package dev.clapboard.compliance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A manager released a prompt that moderation held ("needs review"); generations of exactly this prompt text
 * ({@code promptSha256} of it) go through from now on. For the audit trail.
 */
public record ModerationReleased(long workspaceId, long caseId, long campaignId, @Nullable Long cardId,
        @Nullable Long promptVersionId, String promptSha256, String reason, String releasedBy,
        String note, Instant at) {
}
