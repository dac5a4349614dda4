package dev.clapboard.api;

/** An endpoint the service refuses to store, with the field at fault; nothing was saved. */
public class WebhookRefusedException extends RuntimeException {

    private final String field;

    public WebhookRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
