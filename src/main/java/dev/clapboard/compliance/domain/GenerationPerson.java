package dev.clapboard.compliance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A person a generation showed, recorded when it was requested: how a revocation finds the videos. */
@Entity
@Table(name = "compliance_generation_person")
public class GenerationPerson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long generationId;
    private long campaignId;
    private @Nullable Long cardId;
    private long personId;

    protected GenerationPerson() {
    }

    public GenerationPerson(long generationId, long campaignId, @Nullable Long cardId, long personId) {
        this.generationId = generationId;
        this.campaignId = campaignId;
        this.cardId = cardId;
        this.personId = personId;
    }

    public long getGenerationId() {
        return generationId;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getPersonId() {
        return personId;
    }
}
