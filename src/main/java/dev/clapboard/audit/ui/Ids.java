package dev.clapboard.audit.ui;

import java.util.Optional;

/** Ids from the URL: anything that is not a number is simply not found. */
final class Ids {

    private Ids() {
    }

    static Optional<Long> parse(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
