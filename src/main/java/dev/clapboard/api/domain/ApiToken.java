package dev.clapboard.api.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** An API token of one workspace. Only the SHA-256 hash of its secret is kept; {@code scopes} is space-separated. */
@Entity
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private String name;
    private String secretHash;
    private String secretHint;
    private String scopes;
    private long createdBy;
    private Instant createdAt;
    private Instant expiresAt;
    private @Nullable Instant lastUsedAt;
    private @Nullable Instant revokedAt;
    @Version
    private long version;

    protected ApiToken() {
        this.name = "";
        this.secretHash = "";
        this.secretHint = "";
        this.scopes = "";
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    public ApiToken(String name, String secretHash, String secretHint, String scopes, long createdBy,
            Instant createdAt, Instant expiresAt) {
        this.name = name;
        this.secretHash = secretHash;
        this.secretHint = secretHint;
        this.scopes = scopes;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public long getId() {
        return java.util.Objects.requireNonNull(id);
    }

    public String getName() {
        return name;
    }

    public String getSecretHint() {
        return secretHint;
    }

    public String getScopes() {
        return scopes;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public @Nullable Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
