package dev.clapboard.finance;

import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.review.AbFigures;
import dev.clapboard.review.VariantFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The compare view's A/B figures from the campaign's A/B results (review defines {@link VariantFigures} because it
 * must not depend on finance). A conversion rate needs clicks and a lift needs a control; without them the figure
 * is left out rather than shown as 0.
 */
@Primary
@Component
class AbVariantFigures implements VariantFigures {

    private final AbResultsService results;

    AbVariantFigures(AbResultsService results) {
        this.results = results;
    }

    @Override
    public Optional<AbFigures> of(GenerationSummary video) {
        return results.resultOf(video.campaignId(), video.id()).map(AbVariantFigures::figures);
    }

    static AbFigures figures(VariantResult r) {
        var source = "campaign A/B test" + (r.control() ? ", the control"
                : r.winner() ? ", significantly ahead of the control" : "");
        return new AbFigures(source, r.impressions(),
                r.impressions() == 0 ? null : rate(r.clickThrough().value()),
                r.clicks() == 0 ? null : rate(r.conversion().value()),
                r.againstControl() == null ? null
                        : BigDecimal.valueOf(r.againstControl().liftPercent()).setScale(1, RoundingMode.HALF_EVEN));
    }

    private static BigDecimal rate(double fraction) {
        return BigDecimal.valueOf(fraction).setScale(6, RoundingMode.HALF_EVEN);
    }
}
