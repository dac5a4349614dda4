package dev.clapboard.workspace;

import java.time.Instant;

/**
 * Someone asked for a password reset link for an existing account. Carries the link, which exists nowhere else
 * (only its hash is stored). {@code workspaceId} is the workspace the account used last, for the mail outbox.
 */
public record PasswordResetRequested(long workspaceId, String email, String displayName, String resetLink,
        Instant expiresAt) {
}
