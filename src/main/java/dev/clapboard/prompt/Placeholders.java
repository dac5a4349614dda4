package dev.clapboard.prompt;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The placeholder language of templates: {@code {name}} marks a value to fill in; names use letters a–z, digits,
 * {@code _} and {@code -}. {@code {{} and {@code }}} stand for literal braces. Filling copies values verbatim, so a
 * brace inside a value stays as typed and is never expanded again.
 */
public final class Placeholders {

    public static final String FIELD = "placeholders";
    static final int MAX_NAME_LENGTH = 40;

    private Placeholders() {
    }

    /** The placeholder names of {@code body} in order of first appearance; refuses a body with syntax errors. */
    public static List<String> names(String body) {
        var names = new LinkedHashSet<String>();
        scan(body, names, null, null);
        return List.copyOf(names);
    }

    /** Why {@code body} is not a valid template, if it is not. */
    public static Optional<String> syntaxError(String body) {
        try {
            names(body);
            return Optional.empty();
        } catch (PromptInputException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The placeholders of {@code body} that {@code values} leaves missing or blank, in body order. */
    public static List<String> missing(String body, Map<String, String> values) {
        return names(body).stream().filter(n -> values.getOrDefault(n, "").isBlank()).toList();
    }

    /**
     * {@code body} with every placeholder replaced by its value. Every placeholder is required: a missing or
     * blank value refuses the fill with a message naming each one. Values for names the body lacks are ignored.
     */
    public static String fill(String body, Map<String, String> values) {
        var missing = missing(body, values);
        if (!missing.isEmpty()) {
            throw new PromptInputException(FIELD, "Fill in " + String.join(", ",
                    missing.stream().map(n -> "{" + n + "}").toList()) + " before using this template.");
        }
        var out = new StringBuilder(body.length() + 64);
        scan(body, new LinkedHashSet<>(), out, values);
        return out.toString();
    }

    private static void scan(String body, Set<String> names, @Nullable StringBuilder out,
            @Nullable Map<String, String> values) {
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            boolean doubled = i + 1 < body.length() && body.charAt(i + 1) == c;
            if ((c == '{' || c == '}') && doubled) {
                append(out, String.valueOf(c));
                i += 2;
            } else if (c == '{') {
                int end = body.indexOf('}', i + 1);
                int nextOpen = body.indexOf('{', i + 1);
                if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
                    throw new PromptInputException(FIELD, "The '{' at character " + (i + 1)
                            + " is never closed. Close the placeholder with '}', or write '{{' for a literal brace.");
                }
                var name = body.substring(i + 1, end);
                checkName(name, i);
                names.add(name);
                if (values != null) {
                    append(out, values.get(name));
                }
                i = end + 1;
            } else if (c == '}') {
                throw new PromptInputException(FIELD, "The '}' at character " + (i + 1)
                        + " has no opening '{'. Remove it, or write '}}' for a literal brace.");
            } else {
                append(out, String.valueOf(c));
                i++;
            }
        }
    }

    private static void checkName(String name, int position) {
        var where = " at character " + (position + 1);
        if (name.isBlank()) {
            throw new PromptInputException(FIELD, "The placeholder" + where
                    + " has no name. Write a name between the braces, e.g. {product}.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new PromptInputException(FIELD, "The placeholder" + where + " has a name longer than "
                    + MAX_NAME_LENGTH + " characters.");
        }
        var invalid = name.codePoints()
                .filter(cp -> !((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                        || cp == '_' || cp == '-'))
                .findFirst();
        if (invalid.isPresent()) {
            throw new PromptInputException(FIELD, "The placeholder {" + name + "}" + where
                    + " may only use letters a–z, digits, '_' and '-' (found '"
                    + Character.toString(invalid.getAsInt()) + "'). Example: {product_name}.");
        }
    }

    private static void append(@Nullable StringBuilder out, @Nullable String text) {
        if (out != null && text != null) {
            out.append(text);
        }
    }
}
