package dev.clapboard.generation.provider;

import dev.clapboard.base.Money;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a provider charges, per second of video by model and (optionally) size, in the provider's currency.
 * Prices are data: a hosted provider's table comes from its configuration.
 */
public record PriceTable(String currency, List<Price> prices) {

    public PriceTable {
        prices = List.copyOf(prices);
    }

    /** A price per second; {@code size} null means any size of that model. */
    public record Price(String model, @Nullable VideoSize size, BigDecimal perSecond) {
    }

    public static PriceTable free(String currency, List<String> models) {
        return new PriceTable(currency, models.stream().map(m -> new Price(m, null, BigDecimal.ZERO)).toList());
    }

    public BigDecimal perSecond(String model, VideoSize size) {
        return prices.stream().filter(p -> p.model().equals(model) && size.equals(p.size())).findFirst()
                .or(() -> prices.stream().filter(p -> p.model().equals(model) && p.size() == null).findFirst())
                .map(Price::perSecond)
                .orElseThrow(() -> new ProviderException(false, "no_price",
                        "No price for " + model + " at " + size.label(), null));
    }

    /** Price of {@code variants} videos of {@code seconds} each, in the provider's currency. */
    public Money estimate(String model, VideoSize size, int seconds, int variants) {
        return new Money(perSecond(model, size).multiply(BigDecimal.valueOf((long) seconds * variants)), currency);
    }
}
