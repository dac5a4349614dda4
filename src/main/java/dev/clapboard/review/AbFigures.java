package dev.clapboard.review;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A video's A/B results as the compare view shows them (finance keeps the full statistics): rates as fractions
 * (0.034 is 3.4 %), lift in percent against the test's control; a figure the test did not measure is null.
 * {@code source} names where they come from, e.g. the test's name.
 */
public record AbFigures(String source, long impressions, @Nullable BigDecimal clickThroughRate,
        @Nullable BigDecimal conversionRate, @Nullable BigDecimal liftPercent) {
}
