package dev.clapboard.prompt;

import java.util.List;
import java.util.Map;

/**
 * A template as the library shows it. {@code key} names it across both kinds: {@code builtin/<slug>} for the
 * read-only ones that ship with the app, {@code workspace/<id>} for the workspace's own.
 */
public record PromptTemplate(String key, String name, TemplateCategory category, String description, String body,
        String exampleOutput, boolean builtIn) {

    static final String BUILT_IN_PREFIX = "builtin/";
    static final String WORKSPACE_PREFIX = "workspace/";

    public List<String> placeholders() {
        return Placeholders.names(body);
    }

    /** The body with {@code values} filled in; refuses with a message naming any placeholder left empty. */
    public String fill(Map<String, String> values) {
        return Placeholders.fill(body, values);
    }
}
