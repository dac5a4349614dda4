package dev.clapboard.finance;

import dev.clapboard.base.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The workspace's campaigns running in a period (open ends: null), archived ones included: their spend
 * against the sum of their traditional baselines, approved videos, the average calendar days from a
 * campaign's first request to its first approved video (campaigns without an approval left out; null when
 * none has one), and the styles whose variants converted best in A/B results, best first.
 */
public record Portfolio(@Nullable LocalDate from, @Nullable LocalDate to, int campaigns, Money spend,
        Money baselineCost, Money savings, @Nullable BigDecimal savingsPercent, int approvedVideos,
        @Nullable BigDecimal averageDaysToFirstApproval, List<StyleConversion> bestStyles) {

    /** A style's A/B totals over the portfolio; conversion is conversions per click, as for variants. */
    public record StyleConversion(String style, long impressions, long clicks, long conversions,
            AbStatistics.Rate conversion) {
    }
}
