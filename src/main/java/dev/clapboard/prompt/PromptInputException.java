package dev.clapboard.prompt;

/**
 * Input the prompt studio refuses, with a message meant for the person who typed it and the field it belongs
 * to, so a form can show it there. Nothing was saved when this is thrown.
 */
public class PromptInputException extends RuntimeException {

    private final String field;

    public PromptInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** One of the {@code FIELD_*} names of {@link PromptService}, {@link TemplateService} or {@link Placeholders}. */
    public String field() {
        return field;
    }
}
