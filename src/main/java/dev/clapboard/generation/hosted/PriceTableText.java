package dev.clapboard.generation.hosted;

import dev.clapboard.generation.provider.PriceTable;
import dev.clapboard.generation.provider.VideoSize;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.stream.Collectors;

/**
 * An endpoint's prices as the admin writes them: one line per model, {@code model [WIDTHxHEIGHT] usd-per-second},
 * e.g. {@code sora-2 0.10} or {@code sora-2-pro 1792x1024 0.50}. A line without a size prices every size.
 */
public final class PriceTableText {

    private PriceTableText() {
    }

    /** @throws IllegalArgumentException with a message for the form field */
    public static PriceTable parse(String currency, String text) {
        var prices = new ArrayList<PriceTable.Price>();
        var lineNumber = 0;
        for (var line : text.strip().split("\\R")) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            var parts = line.strip().split("\\s+");
            if (parts.length < 2 || parts.length > 3) {
                throw new IllegalArgumentException("Line " + lineNumber
                        + ": write \"model price\" or \"model WIDTHxHEIGHT price\", e.g. \"sora-2 0.10\".");
            }
            VideoSize size = null;
            if (parts.length == 3) {
                try {
                    size = VideoSize.parse(parts[1]);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Line " + lineNumber + ": \"" + parts[1]
                            + "\" is not a size like 1280x720.");
                }
            }
            BigDecimal perSecond;
            try {
                perSecond = new BigDecimal(parts[parts.length - 1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Line " + lineNumber + ": \"" + parts[parts.length - 1]
                        + "\" is not a price per second like 0.10.");
            }
            if (perSecond.signum() < 0) {
                throw new IllegalArgumentException("Line " + lineNumber + ": a price cannot be negative.");
            }
            prices.add(new PriceTable.Price(parts[0], size, perSecond));
        }
        if (prices.isEmpty()) {
            throw new IllegalArgumentException("Name at least one model and its price per second.");
        }
        return new PriceTable(currency, prices);
    }

    public static String format(PriceTable table) {
        return table.prices().stream().map(p -> p.model() + (p.size() == null ? "" : " " + p.size().label()) + " "
                + p.perSecond().toPlainString()).collect(Collectors.joining("\n"));
    }
}
