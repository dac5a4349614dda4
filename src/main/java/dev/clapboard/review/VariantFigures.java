package dev.clapboard.review;

import dev.clapboard.generation.GenerationSummary;
import java.util.Optional;

/**
 * A/B results of a video for the compare view: click-through, conversion and lift of its variant. Review cannot
 * depend on finance (finance depends on review), so finance implements this with a {@code @Primary} bean;
 * until then {@link NoVariantFiguresYet} answers "nothing yet". Decision: docs/decisions/0008-review-and-approval.md.
 */
public interface VariantFigures {

    /** The results of {@code video} (by its generation or prompt version), or empty while there are none. */
    Optional<AbFigures> of(GenerationSummary video);
}
