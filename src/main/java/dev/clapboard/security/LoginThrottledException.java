package dev.clapboard.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Sign-in refused before the password was even checked: too many failures lately. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration wait;

    public LoginThrottledException(Duration wait) {
        super("Too many sign-in attempts");
        this.wait = wait;
    }

    /** Whole minutes, rounded up, never less than one: what the login page tells the person. */
    public long minutesToWait() {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
