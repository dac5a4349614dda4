package dev.clapboard.finance;

import dev.clapboard.base.Money;
import dev.clapboard.campaign.CampaignSpend;
import dev.clapboard.review.ReviewService;
import org.springframework.beans.factory.ObjectProvider;
import dev.clapboard.finance.domain.LedgerEntryRepository;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaign spend from the cost ledger (actual + manual + open reservations, one aggregate query), and the
 * approved videos the review feature counts.
 */
@Component
@Primary
@Transactional(readOnly = true)
class LedgerCampaignSpend implements CampaignSpend {

    private final LedgerEntryRepository entries;
    // looked up when asked: the review feature itself depends (through generation) on the campaign service
    // that uses this bean, so taking it in the constructor would be a cycle
    private final ObjectProvider<ReviewService> reviews;

    LedgerCampaignSpend(LedgerEntryRepository entries, ObjectProvider<ReviewService> reviews) {
        this.entries = entries;
        this.reviews = reviews;
    }

    @Override
    public Money spentOn(long campaignId) {
        return new Money(entries.spend(campaignId), Money.EUR);
    }

    @Override
    public int approvedVideos(long campaignId) {
        return reviews.getObject().approvedVideos(campaignId);
    }
}
