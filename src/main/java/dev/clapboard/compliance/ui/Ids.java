package dev.clapboard.compliance.ui;

import java.util.Optional;

/** Ids taken from the address bar: anything that is not a number is simply not found. */
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
