package dev.clapboard.review;

import dev.clapboard.generation.GenerationSummary;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The stand-in {@link VariantFigures} until finance provides A/B results to review: nothing yet. */
@Component
class NoVariantFiguresYet implements VariantFigures {

    @Override
    public Optional<AbFigures> of(GenerationSummary video) {
        return Optional.empty();
    }
}
