package dev.clapboard.audit;

import org.jspecify.annotations.Nullable;

/** An export or a label setting was refused; {@code field} names the form field at fault, if any. */
public class ExportRefusedException extends RuntimeException {

    private final @Nullable String field;

    public ExportRefusedException(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    public @Nullable String field() {
        return field;
    }
}
