package dev.clapboard.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders a message from its two templates, {@code mail/<name>.txt} and {@code mail/<name>.html} next to this
 * class, replacing {@code {{key}}} with values (HTML-escaped in the HTML part). Plain substitution is all
 * these few messages need; a template engine would be one more dependency for it.
 */
@Component
class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    record Rendered(String subject, String text, String html) {
    }

    Rendered render(String name, String subject, Map<String, String> values) {
        var text = fill(load(name + ".txt"), values, false);
        var html = fill(load(name + ".html"), values, true);
        return new Rendered(fill(subject, values, false), text, html);
    }

    private static String fill(String template, Map<String, String> values, boolean html) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (matcher.find()) {
            var value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("No value for {{" + matcher.group(1) + "}}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(html ? HtmlUtils.htmlEscape(value) : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String load(String file) {
        try (InputStream in = MailTemplates.class.getResourceAsStream("mail/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Mail template missing: " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
