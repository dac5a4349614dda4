package dev.clapboard.campaign;

import dev.clapboard.campaign.domain.CampaignActivity;
import dev.clapboard.campaign.domain.CampaignActivityRepository;
import dev.clapboard.security.CurrentUser;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes a feed line in the caller's transaction and announces the change, so the line and the change commit
 * (or roll back) together and open boards refresh only after the commit.
 */
@Component
class ActivityLog {

    private final CampaignActivityRepository activities;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivityLog(CampaignActivityRepository activities, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.activities = activities;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    void record(long campaignId, String kind, String summary, @Nullable Long cardId) {
        var actor = currentUser.require();
        activities.save(new CampaignActivity(campaignId, clock.instant(), actor.displayName(), kind, summary));
        announce(campaignId, cardId);
    }

    /** Tells open boards without a feed line, e.g. when the campaign itself is gone. */
    void announce(long campaignId, @Nullable Long cardId) {
        var actor = currentUser.require();
        events.publishEvent(new BoardChanged(actor.workspaceId(), campaignId, cardId, actor.displayName()));
    }
}
