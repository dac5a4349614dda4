package dev.clapboard.campaign;

import dev.clapboard.base.Money;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A campaign as the campaigns list and the board header show it; spend comes from {@link CampaignSpend}. */
public record CampaignSummary(long id, String name, String brand, CampaignStatus status,
        @Nullable LocalDate startDate, @Nullable LocalDate endDate, Money budget, String ownerName,
        Money baselineCost, int baselineLeadTimeDays, int baselineVariants, @Nullable String objective,
        List<String> audiences, Money spend, int approvedVideos) {

    public boolean archived() {
        return status == CampaignStatus.ARCHIVED;
    }

    /** The values the campaign form starts from when editing this campaign. */
    public CampaignDraft toDraft() {
        return new CampaignDraft(name, brand, objective, audiences, startDate, endDate, budget, baselineCost,
                baselineLeadTimeDays, baselineVariants, status);
    }
}
