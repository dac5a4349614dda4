package dev.clapboard.finance;

import dev.clapboard.base.Money;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.finance.domain.BudgetAlert;
import dev.clapboard.finance.domain.BudgetAlertRepository;
import dev.clapboard.finance.domain.LedgerEntryRepository;
import dev.clapboard.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires {@link BudgetThresholdReached} when a campaign's spend crosses 50, 80 and 100 % of its budget, each
 * once: the alert row's unique (campaign, threshold) constraint decides which of two racing checks fires.
 * A campaign without a budget (zero) has no thresholds.
 */
@Component
class BudgetAlerts {

    static final List<Integer> THRESHOLDS = List.of(50, 80, 100);

    private final LedgerEntryRepository ledger;
    private final BudgetAlertRepository alerts;
    private final CampaignService campaigns;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final CurrentUser currentUser;
    private final Clock clock;

    BudgetAlerts(LedgerEntryRepository ledger, BudgetAlertRepository alerts, CampaignService campaigns,
            ApplicationEventPublisher events, TransactionTemplate transaction, CurrentUser currentUser, Clock clock) {
        this.ledger = ledger;
        this.alerts = alerts;
        this.campaigns = campaigns;
        this.events = events;
        this.transaction = transaction;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    void check(long campaignId) {
        for (int threshold : THRESHOLDS) {
            try {
                transaction.executeWithoutResult(status -> fireIfReached(campaignId, threshold));
            } catch (DataIntegrityViolationException e) {
                // another check fired this threshold first
            }
        }
    }

    private void fireIfReached(long campaignId, int threshold) {
        var campaign = campaigns.find(campaignId).orElse(null);
        if (campaign == null || campaign.budget().amount().signum() == 0) {
            return;
        }
        var spend = ledger.spend(campaignId);
        var budget = campaign.budget().amount();
        var reached = spend.multiply(BigDecimal.valueOf(100)).compareTo(budget.multiply(BigDecimal.valueOf(threshold))) >= 0;
        if (!reached || alerts.findByCampaignIdOrderByThreshold(campaignId).stream()
                .anyMatch(a -> a.getThreshold() == threshold)) {
            return;
        }
        alerts.saveAndFlush(new BudgetAlert(campaignId, threshold, spend, budget, clock.instant()));
        events.publishEvent(new BudgetThresholdReached(currentUser.require().workspaceId(), campaignId, campaign.name(),
                threshold, new Money(spend, Money.EUR), campaign.budget()));
    }
}
