package dev.clapboard.finance;

import dev.clapboard.finance.AbStatistics.Comparison;
import dev.clapboard.finance.AbStatistics.Rate;
import org.jspecify.annotations.Nullable;

/**
 * One variant's A/B totals (or the static control asset's: no generation id; the label is its name) over all channels and periods: click-through rate (clicks per impression) and
 * conversion rate (conversions per click) with 95 % intervals, and its CTR compared with the control's
 * ({@code null} for the control itself). {@code winner} marks the best variant significantly ahead of the control.
 */
public record VariantResult(@Nullable Long generationId, String label, long impressions, long clicks, long conversions, Rate clickThrough,
        Rate conversion, boolean control, @Nullable Comparison againstControl, boolean winner) {
}
