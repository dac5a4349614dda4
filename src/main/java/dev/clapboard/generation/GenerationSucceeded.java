package dev.clapboard.generation;

import org.jspecify.annotations.Nullable;

/** A video is stored and playable; {@code cost} is what it is charged. */
public record GenerationSucceeded(long workspaceId, long campaignId, @Nullable Long cardId, long generationId,
        long videoMediaId, long requestedBy, @Nullable GenerationCost cost) {

    public GenerationSucceeded(long workspaceId, long campaignId, @Nullable Long cardId, long generationId,
            long videoMediaId, long requestedBy) {
        this(workspaceId, campaignId, cardId, generationId, videoMediaId, requestedBy, null);
    }
}
