package dev.clapboard.generation;

import dev.clapboard.base.Money;
import java.time.Duration;

/**
 * What a request will cost, at the provider's prices and in the workspace's euros (converted with the
 * workspace's exchange rate), and roughly how long it will take.
 */
public record Estimate(Money providerPrice, Money workspacePrice, Duration expectedWait) {
}
