package dev.clapboard.workspace;

import dev.clapboard.base.FieldRefusedException;
import org.jspecify.annotations.Nullable;

/**
 * A request was refused because of what was entered; {@code field} names the input at fault (the record
 * component's name), or is null when the refusal is about the whole request (e.g. a dead invite link).
 * Nothing was saved.
 */
public class InputRefusedException extends FieldRefusedException {

    public InputRefusedException(@Nullable String field, String message) {
        super(field, message);
    }
}
