package dev.clapboard.prompt;

import dev.clapboard.prompt.domain.PromptRevision;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The text of a style/audience variant: the source text with its "Style: …." and "Audience: …." sentences
 * replaced (as the structured builder writes them), or added at the end when it has none.
 */
final class VariantText {

    private static final Pattern STYLE_SENTENCE = Pattern.compile("Style: [^\\n]*?\\.(?=\\s|$)");
    private static final Pattern AUDIENCE_SENTENCE = Pattern.compile("Audience: [^\\n]*?\\.(?=\\s|$)");

    private VariantText() {
    }

    /** {@code style} is a {@link StyleVariant} label (its direction goes into the text) or a custom direction. */
    static PromptRevision.Content of(PromptRevision.Content base, String style, @Nullable String audience) {
        var known = Arrays.stream(StyleVariant.values()).filter(v -> v.label().equalsIgnoreCase(style)).findFirst();
        var name = known.map(StyleVariant::label).orElse(style);
        var direction = known.map(StyleVariant::direction).orElse(style);
        var text = replaceOrAppend(base.body(), STYLE_SENTENCE, "Style: " + sentence(direction));
        if (audience != null) {
            text = replaceOrAppend(text, AUDIENCE_SENTENCE, "Audience: " + sentence(audience));
        }
        return new PromptRevision.Content(text, base.structuredJson(), name,
                audience == null ? base.audience() : audience, base.durationSeconds(), base.aspectRatio(),
                base.templateKey());
    }

    private static String replaceOrAppend(String text, Pattern sentence, String replacement) {
        var m = sentence.matcher(text);
        if (m.find()) {
            return text.substring(0, m.start()) + replacement + text.substring(m.end());
        }
        return text.stripTrailing() + " " + replacement;
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }
}
