package dev.clapboard.workspace;

import dev.clapboard.base.Texts;
import dev.clapboard.workspace.domain.Workspace;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Bounds on what admins enter, shared by the services (the real check) and the forms (early feedback). */
public final class Limits {

    public static final int WORKSPACE_NAME_MAX_LENGTH = Workspace.NAME_MAX_LENGTH;
    public static final int MAX_SEATS = 10_000;
    public static final int MAX_INVITE_QUOTA = 10_000;
    /** A month of continuous video; more is certainly a typo. */
    public static final int MAX_SECONDS = 2_678_400;
    public static final BigDecimal MAX_EUROS = new BigDecimal("10000000");
    public static final BigDecimal MAX_RATE = new BigDecimal("1000");
    public static final int RATE_DECIMALS = 6;
    public static final Set<String> CURRENCIES = Set.of("EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN");

    private Limits() {
    }

    static void requireRange(String field, int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new InputRefusedException(field, "Enter " + what + " from " + min + " to " + max + ".");
        }
    }

    static void requireEuros(String field, @Nullable BigDecimal value, String what) {
        if (value == null || value.signum() <= 0 || value.compareTo(MAX_EUROS) > 0 || value.scale() > 2) {
            throw new InputRefusedException(field,
                    "Enter " + what + " in euros, more than 0 and at most 10,000,000, with at most 2 decimals.");
        }
    }

    static void requireName(String field, @Nullable String value, int maxLength, String what) {
        if (value == null || Texts.invisible(value) || value.strip().length() > maxLength) {
            throw new InputRefusedException(field, "Enter " + what + " of 1 to " + maxLength + " characters.");
        }
    }

    static void requireRate(String field, @Nullable BigDecimal rate) {
        if (rate == null || rate.signum() <= 0 || rate.compareTo(MAX_RATE) > 0) {
            throw new InputRefusedException(field, "Enter an exchange rate above 0, such as 0.92.");
        }
        if (rate.stripTrailingZeros().scale() > RATE_DECIMALS) {
            // the rate is stored with 6 decimals: 0.0000001 would silently become 0 and make every price free
            throw new InputRefusedException(field, "Use at most " + RATE_DECIMALS + " decimals for the exchange rate.");
        }
    }

    static void requireCurrency(String field, @Nullable String code) {
        if (code == null || !CURRENCIES.contains(code)) {
            throw new InputRefusedException(field, "Choose one of the offered currencies.");
        }
        Currency.getInstance(code);
    }

    static void requireZone(String field, @Nullable String zone) {
        if (zone == null || !ZoneId.getAvailableZoneIds().contains(zone)) {
            throw new InputRefusedException(field, "Choose a time zone from the list, such as Europe/Berlin.");
        }
    }
}
