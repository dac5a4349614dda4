package dev.clapboard.compliance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** "Consent revoked" on a generation that shows a person who withdrew their consent. */
@Entity
@Table(name = "compliance_flag")
public class ConsentFlag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long generationId;
    private long campaignId;
    private long personId;
    private long consentId;
    private String reason;
    private Instant flaggedAt;

    protected ConsentFlag() {
        this.reason = "";
        this.flaggedAt = Instant.EPOCH;
    }

    public ConsentFlag(long generationId, long campaignId, long personId, long consentId, String reason,
            Instant flaggedAt) {
        this.generationId = generationId;
        this.campaignId = campaignId;
        this.personId = personId;
        this.consentId = consentId;
        this.reason = reason;
        this.flaggedAt = flaggedAt;
    }

    public long getGenerationId() {
        return generationId;
    }

    public long getPersonId() {
        return personId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getFlaggedAt() {
        return flaggedAt;
    }
}
