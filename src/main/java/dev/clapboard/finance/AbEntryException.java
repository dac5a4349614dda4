package dev.clapboard.finance;

/**
 * A row of A/B figures was refused; {@link #field()} names the input (one of
 * {@link AbResultsService#COLUMNS}) the message belongs to. Nothing was saved.
 */
public class AbEntryException extends RuntimeException {

    private final String field;

    public AbEntryException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
