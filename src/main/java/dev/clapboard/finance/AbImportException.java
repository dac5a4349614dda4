package dev.clapboard.finance;

/** A/B results could not be imported; the message names the line and the problem, and nothing was imported. */
public class AbImportException extends RuntimeException {

    public AbImportException(String message) {
        super(message);
    }
}
