package dev.clapboard.finance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.clapboard.base.Money;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Small formatting helpers and the labelled figure tiles of the report. */
final class Figures {

    static final String NONE = "–";

    private Figures() {
    }

    static Div tile(String label, String value, String detail) {
        var tile = new Div(new Span(label), new Span(value), new Span(detail));
        tile.addClassName("report-figure");
        return tile;
    }

    static String money(@Nullable Money money) {
        return money == null ? NONE : money.format(Locale.UK);
    }

    static String percent(@Nullable BigDecimal percent) {
        return percent == null ? NONE : percent.toPlainString() + " %";
    }

    static String number(@Nullable Object value) {
        return value == null ? NONE : value.toString();
    }

    static String rate(double value) {
        return String.format(Locale.UK, "%.2f %%", value * 100);
    }
}
