package dev.clapboard.base.ui;

import java.security.SecureRandom;
import java.util.HexFormat;

/** A short random reference that ties what a member sees to one log entry. */
final class ErrorReference {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    static String next() {
        var bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).toUpperCase();
    }
}
