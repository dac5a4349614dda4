package dev.clapboard.api;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A token as the admin list shows it: never the secret, only its first characters to recognise it by. */
public record ApiTokenSummary(long id, String name, String hint, Set<ApiScope> scopes, String role, String createdBy,
        Instant createdAt, Instant expiresAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    public boolean usable(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
