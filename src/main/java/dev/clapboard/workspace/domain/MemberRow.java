package dev.clapboard.workspace.domain;

import java.time.Instant;

public record MemberRow(long accountId, String displayName, String email, String role, boolean enabled,
        Instant joinedAt) {
}
