package dev.clapboard.campaign;

import dev.clapboard.base.Money;
import org.springframework.stereotype.Component;

/** The stand-in {@link CampaignSpend} until the cost ledger and reviews exist: nothing spent, nothing approved. */
@Component
class NothingSpentYet implements CampaignSpend {

    @Override
    public Money spentOn(long campaignId) {
        return Money.zero(Money.EUR);
    }

    @Override
    public int approvedVideos(long campaignId) {
        return 0;
    }
}
