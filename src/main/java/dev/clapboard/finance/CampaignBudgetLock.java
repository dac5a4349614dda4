package dev.clapboard.finance;

import dev.clapboard.finance.domain.BudgetLock;
import dev.clapboard.finance.domain.BudgetLockRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Serialises budget checks per campaign: {@link #acquire} row-locks the campaign's {@code budget_lock} row
 * until the caller's transaction ends. The row is created on a campaign's first check, in its own
 * transaction, so a second request racing to create it waits on the first one's row instead of failing.
 */
@Component
class CampaignBudgetLock {

    private final BudgetLockRepository locks;
    private final TransactionTemplate separately;

    CampaignBudgetLock(BudgetLockRepository locks, PlatformTransactionManager transactions) {
        this.locks = locks;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Must run inside the transaction that books the reservations; the lock is held until it ends. */
    void acquire(long campaignId) {
        if (locks.lock(campaignId).isPresent()) {
            return;
        }
        try {
            separately.executeWithoutResult(status -> locks.saveAndFlush(new BudgetLock(campaignId)));
        } catch (DataIntegrityViolationException e) {
            // another request created the row first; locking it below waits for that request
        }
        locks.lock(campaignId).orElseThrow(() -> new IllegalStateException("No budget lock for campaign " + campaignId));
    }
}
