package dev.clapboard.finance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A budget threshold a campaign crossed; one row per threshold, so each alert goes out once. */
@Entity
@Immutable
public class BudgetAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long campaignId;
    private int threshold;
    private BigDecimal spendEur;
    private BigDecimal budgetEur;
    private Instant firedAt;

    protected BudgetAlert() {
        this.spendEur = BigDecimal.ZERO;
        this.budgetEur = BigDecimal.ZERO;
        this.firedAt = Instant.EPOCH;
    }

    public BudgetAlert(long campaignId, int threshold, BigDecimal spendEur, BigDecimal budgetEur, Instant firedAt) {
        this.campaignId = campaignId;
        this.threshold = threshold;
        this.spendEur = spendEur;
        this.budgetEur = budgetEur;
        this.firedAt = firedAt;
    }

    public int getThreshold() {
        return threshold;
    }
}
