package dev.clapboard.finance;

import dev.clapboard.base.Money;

/** A campaign's spend (actual + reserved) reached {@code percent} % of its budget; published once per threshold. */
public record BudgetThresholdReached(long workspaceId, long campaignId, String campaignName, int percent, Money spend,
        Money budget) {
}
