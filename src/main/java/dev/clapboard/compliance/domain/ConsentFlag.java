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
    private @Nullable Long consentId;
    private String reason;
    private Instant flaggedAt;

    protected ConsentFlag() {
        this.reason = "";
        this.flaggedAt = Instant.EPOCH;
    }

    /** {@code consentId} is the revoked consent, or null when the person was erased from the register. */
    public ConsentFlag(long generationId, long campaignId, long personId, @Nullable Long consentId, String reason,
            Instant flaggedAt) {
        this.generationId = generationId;
        this.campaignId = campaignId;
        this.personId = personId;
        this.consentId = consentId;
        this.reason = reason;
        this.flaggedAt = flaggedAt;
    }

    /** The reason named the person; after an erasure it names the pseudonym. */
    public void rename(String from, String to) {
        this.reason = reason.replace(from, to);
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
