package dev.clapboard.workspace;

import java.time.Instant;

/** A member of the current workspace as others see them. */
public record Member(long accountId, String displayName, String email, String role, boolean enabled,
        Instant joinedAt) {
}
