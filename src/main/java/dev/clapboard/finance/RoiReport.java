package dev.clapboard.finance;

import dev.clapboard.base.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A campaign's return on AI production against its traditional-production baseline. Money is in euros,
 * ratios and percentages are rounded half-even to 2 decimals; a ratio whose divisor is zero is null (the
 * report shows "–"). {@code firstRequestAt} is the campaign's first generation request (the ledger's first
 * reservation); {@code daysToFirstApproval} counts the calendar days from it to the first video a manager
 * approved (both days included, workspace time zone) and is null until then. Approved videos come from the
 * review feature.
 */
public record RoiReport(long campaignId, String campaignName, Money budget, Money spend, Money remaining,
        @Nullable BigDecimal budgetUsedPercent, Money charged, Money reserved, Money manual, Money baselineCost,
        int baselineVariants, Money savings, @Nullable BigDecimal savingsPercent, @Nullable Instant firstRequestAt,
        @Nullable Long daysToFirstApproval, int baselineLeadTimeDays, long generationsRequested, long generatedVideos,
        long generatedSeconds, @Nullable Money costPerGeneratedSecond, @Nullable Money costPerGeneration,
        int approvedVideos, @Nullable Money costPerApprovedVideo, @Nullable BigDecimal generationsPerApprovedVideo,
        List<SpendShare> byProvider, List<SpendShare> byModel, List<SpendShare> byMember, List<SpendShare> byWeek) {

    /** One slice of the generation spend (charged + reserved; manual costs only in the weekly slices). */
    public record SpendShare(String label, Money euros, long generations, long seconds) {
    }
}
