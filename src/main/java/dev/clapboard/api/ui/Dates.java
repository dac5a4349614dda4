package dev.clapboard.api.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Times in the admin views. */
final class Dates {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT).withLocale(Locale.UK).withZone(ZoneId.systemDefault());

    private Dates() {
    }

    static String format(@Nullable Instant instant) {
        return instant == null ? "–" : TIME.format(instant);
    }
}
