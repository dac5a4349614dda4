package dev.clapboard.workspace;

import java.time.Instant;
import java.util.stream.IntStream;

/** What a member's authenticator app would show, for tests outside this package. */
public final class TwoFactorCodes {

    private TwoFactorCodes() {
    }

    /** The code of the current 30-second step. */
    public static String now(String secret) {
        return Totp.code(secret, Totp.stepAt(Instant.now()));
    }

    /**
     * The code of the next step: still inside the accepted window, and newer than a code used a moment ago
     * (the app would show it a few seconds later).
     */
    public static String next(String secret) {
        return Totp.code(secret, Totp.stepAt(Instant.now()) + 1);
    }

    /** A well-formed code that is not valid now (none of the steps in the window has it). */
    public static String wrong(String secret) {
        long step = Totp.stepAt(Instant.now());
        var valid = IntStream.rangeClosed(-2, 2).mapToObj(d -> Totp.code(secret, step + d)).toList();
        return IntStream.range(0, 1000).mapToObj(i -> String.format("%06d", i * 997)).filter(c -> !valid.contains(c))
                .findFirst().orElseThrow();
    }
}
