package dev.clapboard.base;

import org.jspecify.annotations.Nullable;

/**
 * Input a service refused, with a message for the person who typed it and the name of the field it belongs to
 * (null when it is about the whole request), so a form shows it at that field. Nothing was saved when this is
 * thrown. Each feature's refusal (workspace, prompt, compliance) is one of these, so one
 * {@link dev.clapboard.base.ui.FieldErrors} shows them all.
 */
public class FieldRefusedException extends RuntimeException {

    private final @Nullable String field;

    public FieldRefusedException(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    public @Nullable String field() {
        return field;
    }
}
