package dev.clapboard.generation;

import dev.clapboard.base.Money;
import java.time.Duration;

/** What a request will cost at the provider's prices, and roughly how long it will take. */
public record Estimate(Money providerPrice, Duration expectedWait) {
}
