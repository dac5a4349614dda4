package dev.clapboard.campaign;

import dev.clapboard.base.Money;

/**
 * What a campaign has spent and how many of its videos are approved, as the campaigns list shows them. The
 * campaign feature only reads these figures; the cost ledger (finance) and review features own them.
 * Until they land, {@link NothingSpentYet} answers zero. A later feature replaces it by declaring its own
 * {@code CampaignSpend} bean marked {@code @Primary}.
 */
public interface CampaignSpend {

    /** Actual plus reserved spend of the campaign. */
    Money spentOn(long campaignId);

    int approvedVideos(long campaignId);
}
