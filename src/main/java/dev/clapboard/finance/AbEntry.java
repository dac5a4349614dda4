package dev.clapboard.finance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One row of A/B figures: a variant (generation id) or, with {@code variant} null, the campaign's static
 * control asset; on a channel in a period. Null numbers or dates are missing input.
 */
public record AbEntry(@Nullable Long variant, String channel, @Nullable LocalDate periodStart,
        @Nullable LocalDate periodEnd, @Nullable Long impressions, @Nullable Long clicks, @Nullable Long conversions) {
}
