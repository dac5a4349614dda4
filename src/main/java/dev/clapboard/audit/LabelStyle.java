package dev.clapboard.audit;

import org.jspecify.annotations.Nullable;

/**
 * How a workspace labels its exports: language, an optional own wording (otherwise the language's default) and
 * the corner. Without settings: English "AI-generated" at the bottom right.
 */
public record LabelStyle(LabelLanguage language, @Nullable String wording, LabelPosition position) {

    public static final int MAX_WORDING = 40;
    public static final LabelStyle DEFAULT = new LabelStyle(LabelLanguage.EN, null, LabelPosition.BOTTOM_RIGHT);

    /** The text burned in. */
    public String text() {
        return wording == null || wording.isBlank() ? language.defaultWording() : wording.strip();
    }
}
