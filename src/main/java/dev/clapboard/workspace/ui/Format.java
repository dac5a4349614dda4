package dev.clapboard.workspace.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import dev.clapboard.workspace.QuotaUsage;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the workspace views write roles, dates and quota usage. */
final class Format {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT).withLocale(Locale.UK).withZone(ZoneId.systemDefault());

    private Format() {
    }

    static String role(String role) {
        return role.charAt(0) + role.substring(1).toLowerCase(Locale.ROOT);
    }

    static String dateTime(@Nullable Instant instant) {
        return instant == null ? "Never" : DATE_TIME.format(instant);
    }

    static String seconds(QuotaUsage usage) {
        return usage.spentSeconds() + " of " + usage.secondsLimit() + " s";
    }

    static String euros(QuotaUsage usage) {
        return "€" + usage.spentEuros().toPlainString() + " of €" + usage.eurosLimit().toPlainString();
    }

    /** A labelled progress bar that turns amber at 80 % and red when used up. */
    static Div bar(String label, double share, String text) {
        var bar = new ProgressBar(0, 1, share);
        if (share >= 1) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
        } else if (share >= 0.8) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_CONTRAST);
        }
        bar.getElement().setAttribute("aria-label", label + ": " + text);
        var caption = new Span(label.isEmpty() ? text : label + ": " + text);
        caption.addClassName("quota-caption");
        var box = new Div(caption, bar);
        box.addClassName("quota-bar");
        return box;
    }
}
