package dev.clapboard.campaign;

import dev.clapboard.base.Money;
import dev.clapboard.campaign.domain.BoardLane;
import dev.clapboard.campaign.domain.BoardLaneRepository;
import dev.clapboard.campaign.domain.Campaign;
import dev.clapboard.campaign.domain.CampaignActivityRepository;
import dev.clapboard.campaign.domain.CampaignRepository;
import dev.clapboard.campaign.domain.CardRepository;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.workspace.Member;
import dev.clapboard.workspace.WorkspaceService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns of the signed-in member's workspace. Another workspace's campaign is simply not found. Every
 * member reads; managers and admins create, edit, archive and delete.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CampaignService {

    // stand-ins for an open-ended period; a typed null parameter is not portable across databases
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final CampaignRepository campaigns;
    private final BoardLaneRepository lanes;
    private final CardRepository cards;
    private final CampaignActivityRepository activities;
    private final ActivityLog activityLog;
    private final WorkspaceService workspaceService;
    private final CampaignSpend spend;
    private final CurrentUser currentUser;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, BoardLaneRepository lanes, CardRepository cards,
            CampaignActivityRepository activities, ActivityLog activityLog, WorkspaceService workspaceService,
            CampaignSpend spend, CurrentUser currentUser, Clock clock) {
        this.campaigns = campaigns;
        this.lanes = lanes;
        this.cards = cards;
        this.activities = activities;
        this.activityLog = activityLog;
        this.workspaceService = workspaceService;
        this.spend = spend;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Campaigns that are not archived, a page at a time. */
    public Page<CampaignSummary> list(Pageable pageable) {
        return list(CampaignFilter.DEFAULT, pageable);
    }

    /** Campaigns matching {@code filter}, a page at a time, by name unless the page asks for another order. */
    public Page<CampaignSummary> list(CampaignFilter filter, Pageable pageable) {
        var sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name", "id"));
        var page = campaigns.search(filter.status(), likePattern(filter.text()), sorted);
        return new PageImpl<>(summaries(page.getContent()), pageable, page.getTotalElements());
    }

    /**
     * The baselines of every campaign, archived ones included, whose run overlaps the period (open ends:
     * null); a campaign without dates counts in every period. One query, for portfolio reports.
     */
    public List<CampaignBaseline> baselines(@Nullable LocalDate from, @Nullable LocalDate to) {
        return campaigns.baselinesRunningBetween(from == null ? EARLIEST : from, to == null ? LATEST : to).stream()
                .map(r -> new CampaignBaseline(((Number) r[0]).longValue(), (String) r[1],
                        new Money((java.math.BigDecimal) r[2], (String) r[3]), ((Number) r[4]).intValue()))
                .toList();
    }

    public Optional<CampaignSummary> find(long campaignId) {
        return campaigns.findById(campaignId).map(c -> summaries(List.of(c)).getFirst());
    }

    /** The account that owns the campaign, e.g. to tell them about its budget. */
    public Optional<Long> ownerAccountId(long campaignId) {
        return campaigns.findById(campaignId).map(Campaign::getOwnerAccountId);
    }

    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public CampaignSummary create(CampaignDraft draft) {
        CampaignRules.check(draft);
        var campaign = new Campaign(draft.name().strip(), draft.brand().strip(), draft.budget(),
                currentUser.require().accountId(), clock.instant());
        apply(campaign, draft);
        campaigns.save(campaign);
        lanes.saveAll(BoardLane.standardLanes(campaign.getId()));
        activityLog.record(campaign.getId(), "CAMPAIGN_CREATED", "created the campaign “" + campaign.getName() + "”",
                null);
        return summaries(List.of(campaign)).getFirst();
    }

    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public CampaignSummary update(long campaignId, CampaignDraft draft) {
        CampaignRules.check(draft);
        var campaign = editable(campaignId);
        var statusBefore = campaign.getStatus();
        apply(campaign, draft);
        activityLog.record(campaignId, "CAMPAIGN_EDITED", statusBefore == draft.status() ? "edited the campaign"
                : "edited the campaign and set its status to " + draft.status().label(), null);
        return summaries(List.of(campaign)).getFirst();
    }

    /** Archived campaigns are read-only and leave the default list; the archived filter still shows them. */
    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public void archive(long campaignId) {
        var campaign = editable(campaignId);
        campaign.setStatus(CampaignStatus.ARCHIVED);
        activityLog.record(campaignId, "CAMPAIGN_ARCHIVED", "archived the campaign", null);
    }

    /** Deletes a campaign that has no cards yet; one with cards is archived instead. */
    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public void delete(long campaignId) {
        var campaign = campaigns.findById(campaignId).orElseThrow(() -> new CampaignNotFoundException(campaignId));
        if (cards.countByCampaignId(campaignId) > 0) {
            throw new IllegalStateException("“" + campaign.getName() + "” has cards on its board. Archive it instead.");
        }
        activities.deleteByCampaignId(campaignId);
        lanes.deleteByCampaignId(campaignId);
        campaigns.delete(campaign);
        activityLog.announce(campaignId, null);
    }

    private Campaign editable(long campaignId) {
        var campaign = campaigns.findById(campaignId).orElseThrow(() -> new CampaignNotFoundException(campaignId));
        if (campaign.isArchived()) {
            throw new IllegalStateException("“" + campaign.getName() + "” is archived and can no longer be changed.");
        }
        return campaign;
    }

    private static void apply(Campaign campaign, CampaignDraft draft) {
        campaign.revise(draft.name().strip(), draft.brand().strip(), blankToNull(draft.objective()),
                draft.audiences().stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().toList(),
                draft.budget(), draft.baselineCost(), draft.baselineLeadTimeDays(), draft.baselineVariants());
        campaign.schedule(draft.startDate(), draft.endDate());
        campaign.setStatus(draft.status());
    }

    private static String likePattern(String text) {
        var escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private List<CampaignSummary> summaries(List<Campaign> page) {
        Set<Long> owners = page.stream().map(Campaign::getOwnerAccountId).collect(Collectors.toSet());
        var members = workspaceService.membersById(owners);
        return page.stream().map(c -> new CampaignSummary(c.getId(), c.getName(), c.getBrand(), c.getStatus(),
                c.getStartDate(), c.getEndDate(), c.getBudget(),
                Optional.ofNullable(members.get(c.getOwnerAccountId())).map(Member::displayName).orElse("Former member"),
                c.getBaselineCost(), c.getBaselineLeadTimeDays(), c.getBaselineVariants(), c.getObjective(),
                c.getAudiences(), spend.spentOn(c.getId()), spend.approvedVideos(c.getId()))).toList();
    }
}
