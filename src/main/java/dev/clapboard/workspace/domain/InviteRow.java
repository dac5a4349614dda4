package dev.clapboard.workspace.domain;

import java.time.Instant;

public record InviteRow(long id, String email, String role, InviteStatus status, String invitedByName,
        long invitedByAccountId, Instant sentAt, Instant expiresAt) {
}
