package dev.clapboard.campaign;

import dev.clapboard.base.Money;

/** What a portfolio report needs of a campaign: its traditional-production baseline, without its spend. */
public record CampaignBaseline(long id, String name, Money baselineCost, int baselineLeadTimeDays) {
}
