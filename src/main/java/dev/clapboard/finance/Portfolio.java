package dev.clapboard.finance;

import dev.clapboard.base.Money;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** All campaigns of the workspace together: spend against the sum of their traditional baselines. */
public record Portfolio(int campaigns, Money spend, Money baselineCost, Money savings, @Nullable BigDecimal savingsPercent,
        int approvedVideos) {
}
