package dev.clapboard.generation;

import org.jspecify.annotations.Nullable;

/** A member (or the provider) stopped a generation before it ended; nothing is charged for it. */
public record GenerationCancelled(long workspaceId, long campaignId, @Nullable Long cardId, long generationId,
        long requestedBy, GenerationCost cost) {
}
