package dev.clapboard.finance;

import dev.clapboard.base.Money;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.finance.domain.BudgetOverride;
import dev.clapboard.finance.domain.BudgetOverrideRepository;
import dev.clapboard.finance.domain.LedgerEntryRepository;
import dev.clapboard.generation.GenerationGuard;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationRefusedException;
import dev.clapboard.security.CurrentUser;
import java.time.Clock;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The budget's hard cap: refuses a request whose estimate exceeds what is left of the campaign's budget
 * (budget − actual − open reservations). A manager's override lets one request through and is audited.
 * A campaign with a zero budget has no cap. The check holds the campaign's budget lock until the request's
 * transaction ends, and the request's reservations are booked in that same transaction
 * ({@link LedgerListeners#reserveInRequest}), so concurrent requests pass the cap one at a time and each sees
 * what the one before it reserved.
 *
 * @see "docs/decisions/0009-cost-ledger-budgets-reports.md"
 */
@Component
class BudgetGuard implements GenerationGuard {

    private final CampaignService campaigns;
    private final LedgerEntryRepository ledger;
    private final BudgetOverrideRepository overrides;
    private final CampaignBudgetLock lock;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BudgetGuard(CampaignService campaigns, LedgerEntryRepository ledger, BudgetOverrideRepository overrides,
            CampaignBudgetLock lock, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.campaigns = campaigns;
        this.lock = lock;
        this.ledger = ledger;
        this.overrides = overrides;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public void check(GenerationOrder order, Money euros, @Nullable String overrideReason) {
        var campaign = campaigns.find(order.campaignId()).orElse(null);
        if (campaign == null || campaign.budget().amount().signum() == 0) {
            return;
        }
        lock.acquire(order.campaignId());
        var budget = campaign.budget().amount();
        var spend = ledger.spend(order.campaignId());
        var remaining = budget.subtract(spend);
        if (euros.amount().compareTo(remaining) <= 0) {
            return;
        }
        if (overrideReason == null) {
            throw new GenerationRefusedException("This request is estimated at " + eur(euros.amount())
                    + " but campaign “" + campaign.name() + "” has " + eur(remaining.max(java.math.BigDecimal.ZERO))
                    + " left of its " + eur(budget) + " budget (" + eur(spend)
                    + " spent or reserved). A manager can let one request go over the budget.", true);
        }
        var manager = currentUser.require();
        overrides.save(new BudgetOverride(order.campaignId(), manager.accountId(), overrideReason,
                euros.amount(), remaining, budget, clock.instant()));
        events.publishEvent(new BudgetOverridden(manager.workspaceId(), order.campaignId(), manager.accountId(),
                manager.displayName(), overrideReason, euros.amount(), remaining, budget));
    }

    private static String eur(java.math.BigDecimal amount) {
        return new Money(amount, Money.EUR).format(Locale.UK);
    }
}
