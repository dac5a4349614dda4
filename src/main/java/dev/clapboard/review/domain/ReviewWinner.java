package dev.clapboard.review.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One pick of a winner among compared videos ({@code comparisonKey}: their ids, sorted). Picks are never changed;
 * a new pick for the same videos is a new row, so the rows are also the record of who picked what when.
 */
@Entity
@Immutable
public class ReviewWinner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private String comparisonKey;
    private long winnerGenerationId;
    private long pickedBy;
    private String pickedByName;
    private Instant pickedAt;

    protected ReviewWinner() {
        this.comparisonKey = "";
        this.pickedByName = "";
        this.pickedAt = Instant.EPOCH;
    }

    public ReviewWinner(String comparisonKey, long winnerGenerationId, long pickedBy, String pickedByName,
            Instant pickedAt) {
        this.comparisonKey = comparisonKey;
        this.winnerGenerationId = winnerGenerationId;
        this.pickedBy = pickedBy;
        this.pickedByName = pickedByName;
        this.pickedAt = pickedAt;
    }

    public long getWinnerGenerationId() {
        return winnerGenerationId;
    }

    public String getPickedByName() {
        return pickedByName;
    }

    public Instant getPickedAt() {
        return pickedAt;
    }
}
