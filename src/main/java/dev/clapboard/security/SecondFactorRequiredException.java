package dev.clapboard.security;

import java.io.Serial;
import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/**
 * The password was right, but the account signs in with two factors: nobody is signed in yet. Spring Security
 * keeps this in the session like any sign-in failure, and the code page takes it from there: it is the only
 * proof that the password step passed, and it lapses after {@link #VALID_FOR}.
 */
public class SecondFactorRequiredException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final java.time.Duration VALID_FOR = java.time.Duration.ofMinutes(5);

    private final long accountId;
    private final String email;
    private final Instant passwordAcceptedAt;

    public SecondFactorRequiredException(long accountId, String email, Instant passwordAcceptedAt) {
        super("A second factor is required");
        this.accountId = accountId;
        this.email = email;
        this.passwordAcceptedAt = passwordAcceptedAt;
    }

    public long accountId() {
        return accountId;
    }

    public String email() {
        return email;
    }

    public boolean lapsed(Instant now) {
        return now.isAfter(passwordAcceptedAt.plus(VALID_FOR));
    }
}
