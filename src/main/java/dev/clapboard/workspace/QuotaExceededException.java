package dev.clapboard.workspace;

/** A run would go over a monthly quota; the message names which one and what is left. */
public class QuotaExceededException extends RuntimeException {

    public QuotaExceededException(String message) {
        super(message);
    }
}
