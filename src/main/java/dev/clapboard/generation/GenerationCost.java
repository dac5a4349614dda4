package dev.clapboard.generation;

import dev.clapboard.base.Money;
import java.math.BigDecimal;

/**
 * What one generation costs as its events report it: the price in the provider's currency, the same in the
 * workspace's euros, the exchange rate that turned one into the other, and the seconds of video asked for.
 */
public record GenerationCost(long generationId, String providerId, String model, int seconds, Money providerPrice,
        Money euros, BigDecimal exchangeRate) {
}
