package dev.clapboard.generation;

import org.jspecify.annotations.Nullable;

/**
 * A generation ended without a video; {@code reason} is what the requester is told. Nothing is charged, except
 * when {@code archiveLost}: then the provider made (and charged for) the video, but it could not be copied into
 * our store before the provider deleted it (status FAILED_ARCHIVE; its quota stays used, decision 0007).
 */
public record GenerationFailed(long workspaceId, long campaignId, @Nullable Long cardId, long generationId, String reason,
        long requestedBy, @Nullable GenerationCost cost, boolean archiveLost) {

    public GenerationFailed(long workspaceId, long campaignId, @Nullable Long cardId, long generationId, String reason,
            long requestedBy, @Nullable GenerationCost cost) {
        this(workspaceId, campaignId, cardId, generationId, reason, requestedBy, cost, false);
    }

    public GenerationFailed(long workspaceId, long campaignId, @Nullable Long cardId, long generationId, String reason,
            long requestedBy) {
        this(workspaceId, campaignId, cardId, generationId, reason, requestedBy, null);
    }
}
