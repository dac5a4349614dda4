package dev.clapboard.campaign;

import dev.clapboard.base.Money;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the campaign form edits. The status is planning, active or wrapped; archiving is its own action.
 * {@link CampaignService} checks it again: the form is not the boundary.
 */
public record CampaignDraft(String name, String brand, @Nullable String objective, List<String> audiences,
        @Nullable LocalDate startDate, @Nullable LocalDate endDate, Money budget, Money baselineCost,
        int baselineLeadTimeDays, int baselineVariants, CampaignStatus status) {

    /** A new campaign: the traditional-production baseline defaults to 20,000 EUR, 15 working days, 5 variants. */
    public static CampaignDraft blank() {
        return new CampaignDraft("", "", null, List.of(), null, null, Money.euros(0), Money.euros(20_000), 15, 5,
                CampaignStatus.PLANNING);
    }
}
