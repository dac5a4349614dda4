package dev.clapboard.campaign;

import dev.clapboard.base.Money;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A campaign as the campaigns list shows it. */
public record CampaignSummary(long id, String name, String brand, CampaignStatus status,
        @Nullable LocalDate startDate, @Nullable LocalDate endDate, Money budget, String ownerName,
        Money baselineCost, int baselineLeadTimeDays, int baselineVariants) {
}
