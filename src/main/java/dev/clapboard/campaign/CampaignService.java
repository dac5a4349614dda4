package dev.clapboard.campaign;

import dev.clapboard.campaign.domain.Campaign;
import dev.clapboard.campaign.domain.CampaignRepository;
import dev.clapboard.workspace.Member;
import dev.clapboard.workspace.WorkspaceService;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Campaigns of the signed-in member's workspace. Another workspace's campaign is simply not found. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CampaignService {

    private final CampaignRepository campaigns;
    private final WorkspaceService workspaceService;

    CampaignService(CampaignRepository campaigns, WorkspaceService workspaceService) {
        this.campaigns = campaigns;
        this.workspaceService = workspaceService;
    }

    /** Campaigns that are not archived, a page at a time. */
    public Page<CampaignSummary> list(Pageable pageable) {
        var page = campaigns.findByStatusNot(CampaignStatus.ARCHIVED, pageable);
        return new PageImpl<>(summaries(page.getContent()), pageable, page.getTotalElements());
    }

    public Optional<CampaignSummary> find(long campaignId) {
        return campaigns.findById(campaignId).map(c -> summaries(List.of(c)).getFirst());
    }

    private List<CampaignSummary> summaries(List<Campaign> page) {
        Set<Long> owners = page.stream().map(Campaign::getOwnerAccountId).collect(Collectors.toSet());
        var members = workspaceService.membersById(owners);
        return page.stream().map(c -> new CampaignSummary(c.getId(), c.getName(), c.getBrand(), c.getStatus(),
                c.getStartDate(), c.getEndDate(), c.getBudget(),
                Optional.ofNullable(members.get(c.getOwnerAccountId())).map(Member::displayName).orElse("Former member"),
                c.getBaselineCost(), c.getBaselineLeadTimeDays(), c.getBaselineVariants())).toList();
    }
}
