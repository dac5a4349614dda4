package dev.clapboard.workspace;

import org.jspecify.annotations.Nullable;

/** Setup was refused; {@code field} names the input at fault, or is null when the link itself is. */
public class SetupRefusedException extends RuntimeException {

    private final @Nullable String field;

    public SetupRefusedException(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    public @Nullable String field() {
        return field;
    }
}
