package dev.clapboard.workspace.domain;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A member as the members list shows it; null limits mean the workspace default. */
public record MemberRow(long accountId, String displayName, String email, String role, boolean seatEnabled,
        boolean accountEnabled, Instant joinedAt, @Nullable Instant lastSignInAt, @Nullable Integer inviteQuota,
        @Nullable Integer monthlySeconds, @Nullable BigDecimal monthlyEuros) {

    public boolean enabled() {
        return seatEnabled && accountEnabled;
    }
}
