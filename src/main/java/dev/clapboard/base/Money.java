package dev.clapboard.base;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/** An amount of money in one currency, to the cent. Never a {@code double}. */
@Embeddable
public record Money(@Column(name = "amount") BigDecimal amount, @Column(name = "currency") String currency)
        implements Serializable {

    public static final String EUR = "EUR";

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Currency.getInstance(currency); // rejects unknown codes
        amount = amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money euros(long amount) {
        return new Money(BigDecimal.valueOf(amount), EUR);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public String format(Locale locale) {
        var format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        return format.format(amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
