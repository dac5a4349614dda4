package dev.clapboard.generation;

import java.time.Instant;

/**
 * Where a generation stands in "newest first" order: grids remember the key of the last row of a page and ask
 * {@link GenerationService#slice} for the rows after it, so a page deep in a long list costs what the first does.
 */
public record GenerationKey(Instant requestedAt, long id) {

    public static GenerationKey of(GenerationSummary generation) {
        return new GenerationKey(generation.requestedAt(), generation.id());
    }
}
