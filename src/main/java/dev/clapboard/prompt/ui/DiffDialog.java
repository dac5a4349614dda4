package dev.clapboard.prompt.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import dev.clapboard.prompt.PromptVersion;
import dev.clapboard.prompt.WordDiff;
import dev.clapboard.prompt.WordDiff.Change;

/**
 * Two versions side by side: the older on the left with removed words marked, the newer on the right with
 * inserted words marked. Words are set as text into spans, never as HTML.
 */
class DiffDialog extends Dialog {

    final Div left = new Div();
    final Div right = new Div();

    DiffDialog(PromptVersion a, PromptVersion b) {
        var older = a.number() <= b.number() ? a : b;
        var newer = older == a ? b : a;
        setHeaderTitle("Version " + older.number() + " and version " + newer.number());
        setWidth("min(64rem, 95vw)");
        for (var part : WordDiff.between(older.text(), newer.text())) {
            if (part.change() != Change.INSERTED) {
                add(left, part);
            }
            if (part.change() != Change.REMOVED) {
                add(right, part);
            }
        }
        var columns = new Div(column("Version " + older.number() + " · " + older.authorName(), left),
                column("Version " + newer.number() + " · " + newer.authorName(), right));
        columns.addClassName("diff-columns");
        add(columns);
        getFooter().add(new Button("Close", e -> close()));
    }

    private static Div column(String title, Div words) {
        words.addClassNames("prompt-text", "diff-words");
        var column = new Div(new H4(title), words);
        column.addClassName("diff-column");
        return column;
    }

    private static void add(Div side, WordDiff.Part part) {
        if (side.getComponentCount() > 0) {
            side.add(new Text(" "));
        }
        var span = new Span(part.text());
        span.addClassName(switch (part.change()) {
            case SAME -> "diff-same";
            case REMOVED -> "diff-removed";
            case INSERTED -> "diff-inserted";
        });
        side.add(span);
    }
}
