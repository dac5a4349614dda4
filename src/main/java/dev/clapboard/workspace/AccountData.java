package dev.clapboard.workspace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What Clapboard holds about one account, for the member's data export (GDPR Art. 15/20): the account, the
 * memberships the requester may see and the password reset links asked for. Never the password hash or tokens.
 */
public record AccountData(long accountId, String displayName, String email, boolean enabled, Instant createdAt,
        @Nullable Instant lastSignInAt, @Nullable Instant lockedUntil, List<Seat> memberships,
        List<PasswordResetRequest> passwordResets) {

    public AccountData {
        memberships = List.copyOf(memberships);
        passwordResets = List.copyOf(passwordResets);
    }

    /** One membership: the workspace, the role and the member's own quotas (null = the workspace default). */
    public record Seat(long workspaceId, String workspace, String role, boolean enabled, Instant joinedAt,
            @Nullable Integer inviteQuota, @Nullable Integer monthlySeconds, @Nullable BigDecimal monthlyEuros) {
    }

    /** A password reset link that was asked for: when, until when it worked, whether it was used. */
    public record PasswordResetRequest(Instant requestedAt, Instant expiresAt, boolean used) {
    }
}
