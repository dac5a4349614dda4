package dev.clapboard.generation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A member asked for {@code variants} videos; they are queued. {@code costs} holds one entry per generation. */
public record GenerationRequested(long workspaceId, long campaignId, @Nullable Long cardId, String batchId, int variants,
        long requestedBy, List<GenerationCost> costs) {

    public GenerationRequested {
        costs = List.copyOf(costs);
    }

    /** A request whose costs nobody needs (tests of board moves). */
    public GenerationRequested(long workspaceId, long campaignId, @Nullable Long cardId, String batchId, int variants,
            long requestedBy) {
        this(workspaceId, campaignId, cardId, batchId, variants, requestedBy, List.of());
    }
}
