package dev.clapboard.prompt.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * The prompt of one card: a pointer to its newest version and the number the next version gets. The card is
 * referred to by id only (it belongs to the campaign module's boards).
 */
@Entity
public class Prompt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long campaignId;
    private long cardId;
    private @Nullable Long latestVersionId;
    private int latestNumber;
    private Instant updatedAt;
    /** Two members saving at once both read the same latestNumber; the loser gets an optimistic-lock failure. */
    @Version
    private long version;

    protected Prompt() {
        this.updatedAt = Instant.EPOCH;
    }

    public Prompt(long campaignId, long cardId, Instant createdAt) {
        this.campaignId = campaignId;
        this.cardId = cardId;
        this.updatedAt = createdAt;
    }

    /** Reserves the next version number. */
    public int nextNumber() {
        return latestNumber + 1;
    }

    public void recordLatest(PromptRevision revision) {
        this.latestVersionId = revision.getId();
        this.latestNumber = revision.getNumber();
        this.updatedAt = revision.getCreatedAt();
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("Prompt not saved yet");
        }
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getCardId() {
        return cardId;
    }

    public @Nullable Long getLatestVersionId() {
        return latestVersionId;
    }
}
