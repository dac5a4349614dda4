package dev.clapboard.compliance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The link a person confirms their consent through, and later revokes it through. Not a tenant entity: the
 * person has no workspace until the link is found by its token hash, so services scope it explicitly.
 */
@Entity
@Table(name = "compliance_consent_link")
public class ConsentLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long workspaceId;
    private long consentId;
    private String tokenHash;
    private Instant expiresAt;
    private Instant createdAt;

    protected ConsentLink() {
        this.tokenHash = "";
        this.expiresAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    public ConsentLink(long workspaceId, long consentId, String tokenHash, Instant expiresAt, Instant createdAt) {
        this.workspaceId = workspaceId;
        this.consentId = consentId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public long getConsentId() {
        return consentId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
