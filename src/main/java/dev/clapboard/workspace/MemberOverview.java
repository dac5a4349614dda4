package dev.clapboard.workspace;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A member as admins manage them: role, status, last sign-in, invites and this month's generation quota. */
public record MemberOverview(long accountId, String displayName, String email, String role, boolean enabled,
        Instant joinedAt, @Nullable Instant lastSignInAt, long invitesUsed, int inviteQuota, QuotaUsage quota) {

    public long invitesLeft() {
        return Math.max(0, inviteQuota - invitesUsed);
    }
}
