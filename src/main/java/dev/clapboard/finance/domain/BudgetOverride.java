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

/** The audit of a manager letting one request go over a campaign's budget. */
@Entity
@Immutable
public class BudgetOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long campaignId;
    private long grantedBy;
    private String reason;
    private BigDecimal estimateEur;
    private BigDecimal remainingEur;
    private BigDecimal budgetEur;
    private Instant grantedAt;

    protected BudgetOverride() {
        this.reason = "";
        this.estimateEur = BigDecimal.ZERO;
        this.remainingEur = BigDecimal.ZERO;
        this.budgetEur = BigDecimal.ZERO;
        this.grantedAt = Instant.EPOCH;
    }

    public BudgetOverride(long campaignId, long grantedBy, String reason, BigDecimal estimateEur,
            BigDecimal remainingEur, BigDecimal budgetEur, Instant grantedAt) {
        this.campaignId = campaignId;
        this.grantedBy = grantedBy;
        this.reason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        this.estimateEur = estimateEur;
        this.remainingEur = remainingEur;
        this.budgetEur = budgetEur;
        this.grantedAt = grantedAt;
    }

    public long getGrantedBy() {
        return grantedBy;
    }

    public String getReason() {
        return reason;
    }

    public BigDecimal getEstimateEur() {
        return estimateEur;
    }

    public BigDecimal getRemainingEur() {
        return remainingEur;
    }
}
