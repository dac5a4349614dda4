package dev.clapboard.generation;

import org.jspecify.annotations.Nullable;

/** A generation ended without a video; {@code reason} is what the requester is told. Nothing is charged. */
public record GenerationFailed(long workspaceId, long campaignId, @Nullable Long cardId, long generationId, String reason,
        long requestedBy, @Nullable GenerationCost cost) {

    public GenerationFailed(long workspaceId, long campaignId, @Nullable Long cardId, long generationId, String reason,
            long requestedBy) {
        this(workspaceId, campaignId, cardId, generationId, reason, requestedBy, null);
    }
}
