package dev.clapboard.notification;

import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CampaignSummary;
import dev.clapboard.compliance.ConsentRevoked;
import dev.clapboard.finance.BudgetThresholdReached;
import dev.clapboard.generation.GenerationFailed;
import dev.clapboard.generation.GenerationSucceeded;
import dev.clapboard.review.MentionMade;
import dev.clapboard.review.ReviewDecided;
import dev.clapboard.security.Roles;
import dev.clapboard.security.SystemActor;
import dev.clapboard.workspace.Member;
import dev.clapboard.workspace.WorkspaceService;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns other features' events into notifications. Each listener runs after the publishing transaction
 * committed, on its own thread, as the event's workspace (decision 0003's listener rule): the member's
 * action never waits for it, and it sees only that workspace's members and data.
 *
 * @see <a href="../../../../../../docs/decisions/0011-notification-centre.md">0011 Notification centre</a>
 */
@Component
class NotificationListeners {

    private final Notifier notifier;
    private final MailTemplates templates;
    private final WorkspaceService workspace;
    private final CampaignService campaigns;

    NotificationListeners(Notifier notifier, MailTemplates templates, WorkspaceService workspace,
            CampaignService campaigns) {
        this.notifier = notifier;
        this.templates = templates;
        this.workspace = workspace;
        this.campaigns = campaigns;
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(MentionMade event) {
        SystemActor.runInWorkspace(event.workspaceId(), () -> {
            var mentioned = members(m -> m.email().equalsIgnoreCase(event.mentionedEmail()));
            var news = new Notifier.News(NotificationKind.MENTION, event.authorName() + " mentioned you: “"
                    + event.excerpt() + "”", "review/" + event.generationId(),
                    event.authorName() + " mentioned you in a review");
            notifier.tell(event.workspaceId(), mentioned, news, member -> templates.render("mention",
                    "{{authorName}} mentioned you in a review", Map.of("mentionedName", member.displayName(),
                            "authorName", event.authorName(), "excerpt", event.excerpt(),
                            "reviewLink", event.reviewLink())));
        });
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(ReviewDecided event) {
        if (event.requestedBy() == event.reviewerAccountId()) {
            return;
        }
        SystemActor.runInWorkspace(event.workspaceId(), () -> {
            var what = switch (event.verdict()) {
                case APPROVE -> "approved";
                case REQUEST_CHANGES -> "asked for changes to";
                case REJECT -> "rejected";
            };
            var note = event.note() == null || event.note().isBlank() ? "" : ": “" + event.note() + "”";
            var text = event.reviewerName() + " " + what + " your video for " + campaignName(event.campaignId())
                    + note;
            notifier.tell(event.workspaceId(), members(m -> m.accountId() == event.requestedBy()),
                    new Notifier.News(NotificationKind.DECISION, text, "review/" + event.generationId(),
                            event.reviewerName() + " " + what + " your video"));
        });
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(GenerationSucceeded event) {
        SystemActor.runInWorkspace(event.workspaceId(), () -> {
            var campaign = campaignName(event.campaignId());
            var link = "review/" + event.generationId();
            notifier.tell(event.workspaceId(), members(m -> m.accountId() == event.requestedBy()),
                    new Notifier.News(NotificationKind.GENERATION_FINISHED, "Your video for " + campaign
                            + " is ready", link, "Your video is ready"));
            // whom the review queue shows it to: reviewers and managers, not the one who asked for it
            notifier.tell(event.workspaceId(), members(m -> m.accountId() != event.requestedBy()
                    && Set.of(Roles.REVIEWER, Roles.MANAGER).contains(m.role())),
                    new Notifier.News(NotificationKind.REVIEW_REQUESTED, "A new video for " + campaign
                            + " waits for your review", link, "A new video waits for your review"));
        });
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(GenerationFailed event) {
        SystemActor.runInWorkspace(event.workspaceId(), () -> {
            var lostInArchive = event.archiveLost();
            var campaign = campaignName(event.campaignId());
            var text = lostInArchive
                    ? "Your video for " + campaign + " was made and charged, but could not be archived before the "
                            + "provider deleted it. " + event.reason()
                    : "Your video for " + campaign + " failed: " + event.reason();
            notifier.tell(event.workspaceId(), members(m -> m.accountId() == event.requestedBy()),
                    new Notifier.News(NotificationKind.GENERATION_FAILED, text,
                            "generations?campaign=" + event.campaignId(),
                            lostInArchive ? "Your video could not be archived" : "Your video failed"));
        });
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(BudgetThresholdReached event) {
        SystemActor.runInWorkspace(event.workspaceId(), () -> {
            var owner = campaigns.ownerAccountId(event.campaignId()).orElse(-1L);
            var text = "“" + event.campaignName() + "” has used " + event.percent() + " % of its budget: "
                    + event.spend().format(Locale.ENGLISH) + " of " + event.budget().format(Locale.ENGLISH);
            notifier.tell(event.workspaceId(), managers(owner),
                    new Notifier.News(NotificationKind.BUDGET_THRESHOLD, text,
                            "campaigns/" + event.campaignId() + "/report",
                            event.campaignName() + " reached " + event.percent() + " % of its budget"));
        });
    }

    /**
     * Each campaign with a video or card showing the person: its owner and the workspace's managers hear which
     * videos are now flagged and blocked from approval, so they can replace them.
     */
    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(ConsentRevoked event) {
        SystemActor.runInWorkspace(event.workspaceId(), () -> {
            var videos = event.affectedGenerationIds().size();
            var flagged = videos == 0 ? "no video of it was made yet"
                    : videos == 1 ? "1 video showing them is flagged" : videos + " videos showing them are flagged";
            for (var campaignId : event.campaignIds()) {
                var campaign = campaigns.find(campaignId).map(CampaignSummary::name);
                if (campaign.isEmpty()) {
                    continue;
                }
                var owner = campaigns.ownerAccountId(campaignId).orElse(-1L);
                var text = event.personName() + " no longer consents to appear in “" + campaign.get() + "” (revoked by "
                        + event.revokedBy() + "): " + flagged + " and can no longer be approved or shared.";
                var link = "generations?campaign=" + campaignId;
                var news = new Notifier.News(NotificationKind.CONSENT_REVOKED, text, link,
                        event.personName() + " withdrew consent for " + campaign.get());
                notifier.tell(event.workspaceId(), managers(owner), news, member -> templates.render(
                        "consent-revoked", news.subject(), Map.of("name", member.displayName(),
                                "personName", event.personName(), "campaignName", campaign.get(),
                                "revokedBy", event.revokedBy(), "flagged", flagged,
                                "link", notifier.url(link), "settingsLink", notifier.url("notifications/settings"))));
            }
        });
    }

    /** A campaign's managers: its owner and the workspace's managers and admins. */
    private List<Member> managers(long ownerAccountId) {
        return members(m -> m.accountId() == ownerAccountId || Set.of(Roles.MANAGER, Roles.ADMIN).contains(m.role()));
    }

    private List<Member> members(Predicate<Member> who) {
        return workspace.allMembers().stream().filter(Member::enabled).filter(who).toList();
    }

    private String campaignName(long campaignId) {
        return campaigns.find(campaignId).map(CampaignSummary::name).map(name -> "“" + name + "”")
                .orElse("a deleted campaign");
    }
}
