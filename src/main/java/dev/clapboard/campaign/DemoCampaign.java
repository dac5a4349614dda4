package dev.clapboard.campaign;

import dev.clapboard.base.Money;
import dev.clapboard.campaign.domain.Campaign;
import dev.clapboard.campaign.domain.CampaignRepository;
import dev.clapboard.security.Roles;
import dev.clapboard.security.SystemActor;
import dev.clapboard.workspace.DemoWorkspaceReady;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo workspace's campaign, added once; a later start leaves the workspace's campaigns alone. */
@Component
@Profile("demo")
class DemoCampaign {

    static final String NAME = "Spring Launch: Northwind Analytics 3.0";

    private final CampaignRepository campaigns;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCampaign(CampaignRepository campaigns, TransactionTemplate transaction, Clock clock) {
        this.campaigns = campaigns;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener
    void on(DemoWorkspaceReady ready) {
        var owner = ready.accountIdByRole().get(Roles.MANAGER);
        if (owner == null) {
            return;
        }
        SystemActor.runInWorkspace(ready.workspaceId(), () -> transaction.executeWithoutResult(status -> {
            if (campaigns.count() > 0) {
                return;
            }
            var campaign = new Campaign(NAME, "Northwind Analytics", Money.euros(800), owner, clock.instant());
            campaign.setObjective("Five short videos that show managing directors how the new dashboard saves "
                    + "them a morning a week: one per audience, A/B tested on social before the trade fair.");
            campaign.setStatus(CampaignStatus.ACTIVE);
            var today = LocalDate.now(clock);
            campaign.schedule(today, today.plusWeeks(3));
            campaigns.save(campaign);
        }));
    }
}
