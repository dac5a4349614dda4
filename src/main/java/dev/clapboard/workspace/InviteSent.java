package dev.clapboard.workspace;

import java.time.Instant;

/**
 * An invite was created or resent. Carries the accept link, which exists nowhere else: only its hash is
 * stored. Published inside the inviting transaction; listeners act after it commits.
 */
public record InviteSent(long workspaceId, String workspaceName, String email, String role, String inviterName,
        String acceptLink, Instant expiresAt, boolean resent, long inviterAccountId) {
}
