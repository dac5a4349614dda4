package dev.clapboard.workspace;

import java.time.Instant;

/** An invite as the invites list shows it. {@code status} is Pending, Expired, Accepted or Revoked. */
public record InviteSummary(long id, String email, String role, String status, String invitedBy, Instant sentAt,
        Instant expiresAt) {

    public boolean pending() {
        return status.equals("Pending") || status.equals("Expired");
    }
}
