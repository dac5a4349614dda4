package dev.clapboard.campaign;

import dev.clapboard.base.Money;
import dev.clapboard.campaign.domain.BoardLane;
import dev.clapboard.campaign.domain.BoardLaneRepository;
import dev.clapboard.campaign.domain.Campaign;
import dev.clapboard.campaign.domain.CampaignRepository;
import dev.clapboard.campaign.domain.Card;
import dev.clapboard.campaign.domain.CardRepository;
import dev.clapboard.security.Roles;
import dev.clapboard.security.SystemActor;
import dev.clapboard.workspace.DemoWorkspaceReady;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo workspace's campaign with a few cards on its board, added once; a later start leaves the
 * workspace's campaigns alone.
 */
@Component
@Profile("demo")
class DemoCampaign {

    static final String NAME = "Spring Launch: Northwind Analytics 3.0";

    private final CampaignRepository campaigns;
    private final BoardLaneRepository lanes;
    private final CardRepository cards;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCampaign(CampaignRepository campaigns, BoardLaneRepository lanes, CardRepository cards,
            TransactionTemplate transaction, Clock clock) {
        this.campaigns = campaigns;
        this.lanes = lanes;
        this.cards = cards;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener
    void on(DemoWorkspaceReady ready) {
        var owner = ready.accountIdByRole().get(Roles.MANAGER);
        var creator = ready.accountIdByRole().get(Roles.CREATOR);
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
            campaign.revise(campaign.getName(), campaign.getBrand(), campaign.getObjective(),
                    List.of("Managing directors", "Finance leads", "Social 25–44"), campaign.getBudget(),
                    campaign.getBaselineCost(), campaign.getBaselineLeadTimeDays(), campaign.getBaselineVariants());
            campaigns.save(campaign);
            var board = lanes.saveAll(BoardLane.standardLanes(campaign.getId()));
            var now = clock.instant();
            card(campaign, board.get(0), 1, "Monday morning, solved", "Managing directors", creator, today.plusDays(5),
                    now);
            card(campaign, board.get(0), 2, "The dashboard that reads itself", "Finance leads", null, null, now);
            card(campaign, board.get(1), 1, "Thirty seconds of coffee", "Social 25–44", creator, today.plusDays(3), now);
            card(campaign, board.get(2), 1, "Trade fair teaser", "Managing directors", owner, today.plusDays(10), now);
        }));
    }

    private void card(Campaign campaign, BoardLane lane, int place, String title, String audience,
            @Nullable Long assignee, @Nullable LocalDate due, Instant now) {
        var card = new Card(campaign.getId(), lane.getId(), place * 1024L, title, now, "Clapboard");
        card.revise(title, "A short concept for " + audience.toLowerCase() + ": one idea, one feeling, one call to action.",
                audience, "Cinematic", AspectRatio.WIDE, 20, assignee, due, List.of("demo"));
        cards.save(card);
    }
}
