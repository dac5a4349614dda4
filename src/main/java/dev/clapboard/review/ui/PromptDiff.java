package dev.clapboard.review.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.clapboard.prompt.WordDiff;

/**
 * A prompt read against another: words only in the other are struck out, words only in this one are marked.
 * Words are set as text, never as HTML.
 */
class PromptDiff extends Div {

    PromptDiff(String baseline, String text) {
        addClassNames("prompt-text", "diff-words", "review-prompt");
        for (var part : WordDiff.between(baseline, text)) {
            if (getComponentCount() > 0) {
                add(new Text(" "));
            }
            var span = new Span(part.text());
            span.addClassName(switch (part.change()) {
                case SAME -> "diff-same";
                case REMOVED -> "diff-removed";
                case INSERTED -> "diff-inserted";
            });
            add(span);
        }
    }
}
