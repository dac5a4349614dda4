package dev.clapboard.compliance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a consent link shows right now. OPEN: the person may confirm {@code text}; CONFIRMED: they did (and may
 * revoke); EXPIRED: the link ran out before they confirmed; REVOKED and UNKNOWN say so.
 */
public record ConsentInvitation(State state, @Nullable String personName, @Nullable String signerName,
        @Nullable String text, @Nullable Instant expiresAt, @Nullable Instant confirmedAt) {

    public enum State {
        OPEN, CONFIRMED, EXPIRED, REVOKED, UNKNOWN
    }

    static ConsentInvitation of(State state) {
        return new ConsentInvitation(state, null, null, null, null, null);
    }
}
