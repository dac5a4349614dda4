package dev.clapboard.prompt;

import org.jspecify.annotations.Nullable;

/**
 * A prompt lint finding: a warning, never a block. {@code match} is the text that triggered it where there is one
 * (a placeholder, a style word, a name), e.g. for the compliance feature to act on {@link Kind#POSSIBLE_REAL_PERSON}.
 */
public record LintWarning(Kind kind, String message, String fix, @Nullable String match) {

    public enum Kind {
        EMPTY, TOO_LONG, TOO_SHORT, NO_SUBJECT, NO_SETTING, NO_CAMERA, DURATION_MISSING, DURATION_NOT_ALLOWED,
        UNFILLED_PLACEHOLDER, CONFLICTING_STYLES, POSSIBLE_REAL_PERSON
    }
}
