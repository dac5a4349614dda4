package dev.clapboard.finance;

import dev.clapboard.base.Money;

/**
 * A cost a manager records by hand: staff hours × rate, stock music, media buying. {@code amount} may be in
 * another currency than euros only together with the rate to euros.
 */
public record ManualCost(long campaignId, String category, String note, Money amount, java.math.BigDecimal rateToEur) {

    public static final java.util.List<String> CATEGORIES = java.util.List.of("Staff hours", "Stock music",
            "Media buying", "Other");
}
