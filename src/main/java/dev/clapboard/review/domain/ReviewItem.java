package dev.clapboard.review.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A playable video that can be reviewed, as the review queue lists it. */
@Entity
public class ReviewItem {

    @Id
    private long generationId;
    @TenantId
    private @Nullable Long workspaceId;
    private long campaignId;
    private @Nullable Long cardId;
    private Instant readyAt;

    protected ReviewItem() {
        this.readyAt = Instant.EPOCH;
    }

    public ReviewItem(long generationId, long campaignId, @Nullable Long cardId, Instant readyAt) {
        this.generationId = generationId;
        this.campaignId = campaignId;
        this.cardId = cardId;
        this.readyAt = readyAt;
    }

    public long getGenerationId() {
        return generationId;
    }

    public Instant getReadyAt() {
        return readyAt;
    }
}
