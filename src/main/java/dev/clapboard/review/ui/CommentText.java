package dev.clapboard.review.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import java.util.regex.Pattern;

/**
 * A comment shown as plain text: markup is never interpreted, and only http(s) addresses become links, opened
 * in a new tab without access to this page.
 */
final class CommentText {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");

    private CommentText() {
    }

    static Paragraph of(String body) {
        var paragraph = new Paragraph();
        paragraph.addClassName("review-comment-body");
        var matcher = LINK.matcher(body);
        int from = 0;
        while (matcher.find()) {
            if (matcher.start() > from) {
                paragraph.add(new Text(body.substring(from, matcher.start())));
            }
            var link = new Anchor(matcher.group(), matcher.group(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            paragraph.add(link);
            from = matcher.end();
        }
        if (from < body.length()) {
            paragraph.add(new Text(body.substring(from)));
        }
        return paragraph;
    }
}
