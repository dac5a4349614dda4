package dev.clapboard.generation;

import org.jspecify.annotations.Nullable;

/** A video is stored and playable. */
public record GenerationSucceeded(long workspaceId, long campaignId, @Nullable Long cardId, long generationId,
        long videoMediaId, long requestedBy) {
}
