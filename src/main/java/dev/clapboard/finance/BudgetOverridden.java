package dev.clapboard.finance;

import java.math.BigDecimal;

/**
 * A manager let one generation request go over its campaign's budget; published inside the request's
 * transaction. Amounts in euros.
 */
public record BudgetOverridden(long workspaceId, long campaignId, long managerAccountId, String managerName,
        String reason, BigDecimal estimate, BigDecimal remaining, BigDecimal budget) {
}
