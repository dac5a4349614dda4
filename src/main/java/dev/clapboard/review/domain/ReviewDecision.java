package dev.clapboard.review.domain;

import dev.clapboard.review.Verdict;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A reviewer's current decision on a generation; deciding again replaces it. */
@Entity
public class ReviewDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long generationId;
    private long reviewerAccountId;
    private String reviewerName;
    private String reviewerRole;
    @Enumerated(EnumType.STRING)
    private Verdict verdict;
    private @Nullable String note;
    private Instant decidedAt;

    protected ReviewDecision() {
        this.reviewerName = "";
        this.reviewerRole = "";
        this.verdict = Verdict.APPROVE;
        this.decidedAt = Instant.EPOCH;
    }

    public ReviewDecision(long generationId, long reviewerAccountId) {
        this();
        this.generationId = generationId;
        this.reviewerAccountId = reviewerAccountId;
    }

    public void decide(String reviewerName, String reviewerRole, Verdict verdict, @Nullable String note, Instant at) {
        this.reviewerName = reviewerName;
        this.reviewerRole = reviewerRole;
        this.verdict = verdict;
        this.note = note;
        this.decidedAt = at;
    }

    public long getGenerationId() {
        return generationId;
    }

    public long getReviewerAccountId() {
        return reviewerAccountId;
    }

    public String getReviewerName() {
        return reviewerName;
    }

    public String getReviewerRole() {
        return reviewerRole;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public @Nullable String getNote() {
        return note;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
