package dev.clapboard.finance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** The row a budget check of a campaign locks; it carries no data of its own. */
@Entity
public class BudgetLock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long campaignId;

    protected BudgetLock() {
    }

    public BudgetLock(long campaignId) {
        this.campaignId = campaignId;
    }
}
