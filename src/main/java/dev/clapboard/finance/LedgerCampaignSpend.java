package dev.clapboard.finance;

import dev.clapboard.base.Money;
import dev.clapboard.campaign.CampaignSpend;
import dev.clapboard.finance.domain.LedgerEntryRepository;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaign spend from the cost ledger (actual + manual + open reservations, one aggregate query). Approved
 * videos stay 0 until the review feature lands and publishes approvals; then it replaces this count.
 */
@Component
@Primary
@Transactional(readOnly = true)
class LedgerCampaignSpend implements CampaignSpend {

    private final LedgerEntryRepository entries;

    LedgerCampaignSpend(LedgerEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    public Money spentOn(long campaignId) {
        return new Money(entries.spend(campaignId), Money.EUR);
    }

    @Override
    public int approvedVideos(long campaignId) {
        return 0;
    }
}
