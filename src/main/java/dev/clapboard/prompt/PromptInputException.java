package dev.clapboard.prompt;

import dev.clapboard.base.FieldRefusedException;
import java.util.Objects;

/**
 * Input the prompt studio refuses, with a message meant for the person who typed it and the field it belongs
 * to, so a form can show it there. Nothing was saved when this is thrown.
 */
public class PromptInputException extends FieldRefusedException {

    public PromptInputException(String field, String message) {
        super(field, message);
    }

    /** Never null here: every refusal of this feature names its field. */
    @Override
    public String field() {
        return Objects.requireNonNull(super.field());
    }
}
