package dev.clapboard.generation;

import org.jspecify.annotations.Nullable;

/** A member asked for {@code variants} videos; they are queued. */
public record GenerationRequested(long workspaceId, long campaignId, @Nullable Long cardId, String batchId, int variants,
        long requestedBy) {
}
