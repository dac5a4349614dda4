package dev.clapboard.finance;

import dev.clapboard.base.Money;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.finance.domain.LedgerEntry;
import dev.clapboard.finance.domain.LedgerEntryRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cost ledger's public face: what a campaign has spent, its entries, and manual costs. Generation costs
 * are booked from generation events ({@link LedgerListeners}); nothing updates or deletes an entry.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CostLedger {

    /** The largest manual cost one entry takes; larger ones are typos or belong in several entries. */
    public static final BigDecimal MAX_MANUAL_AMOUNT = new BigDecimal("10000000");
    public static final String MANUAL_AMOUNT_RANGE = "Enter an amount up to 10,000,000.";

    private final LedgerEntryRepository entries;
    private final LedgerBookings bookings;
    private final CampaignService campaigns;
    private final BudgetAlerts alerts;

    CostLedger(LedgerEntryRepository entries, LedgerBookings bookings, CampaignService campaigns, BudgetAlerts alerts) {
        this.entries = entries;
        this.bookings = bookings;
        this.campaigns = campaigns;
        this.alerts = alerts;
    }

    /** Σ actual + Σ manual + Σ open reservations, in euros, to the cent. */
    public Money spentOn(long campaignId) {
        return new Money(entries.spend(campaignId), Money.EUR);
    }

    @PreAuthorize("hasRole('MANAGER')")
    public Page<LedgerLine> entries(long campaignId, Pageable pageable) {
        return entries.findByCampaignIdOrderByBookedAtDescIdDesc(campaignId, pageable).map(CostLedger::line);
    }

    /** Books a manual cost; the euro amount is {@code amount × rateToEur}, rounded half-even to the cent. */
    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public LedgerLine record(ManualCost cost) {
        if (campaigns.find(cost.campaignId()).isEmpty()) {
            throw new IllegalArgumentException("That campaign does not exist in this workspace.");
        }
        if (cost.category().isBlank()) {
            throw new IllegalArgumentException("Pick a category.");
        }
        var amount = cost.amount().amount();
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("Enter an amount above zero.");
        }
        // the ledger keeps amounts in numeric(19, 2): more digits would fail in the database, not at the field
        if (amount.compareTo(MAX_MANUAL_AMOUNT) > 0) {
            throw new IllegalArgumentException(MANUAL_AMOUNT_RANGE);
        }
        if (cost.rateToEur().signum() <= 0) {
            throw new IllegalArgumentException("Enter an exchange rate above zero.");
        }
        var euros = cost.amount().amount().multiply(cost.rateToEur()).setScale(2, RoundingMode.HALF_EVEN);
        var note = cost.note().strip();
        var entry = bookings.book(new LedgerEntry.Line(cost.campaignId(), null, LedgerKind.MANUAL, cost.category(),
                note.length() > 500 ? note.substring(0, 500) : note, null, null, null, 0, cost.amount().amount(),
                cost.amount().currency(), euros, cost.rateToEur()));
        return line(entry);
    }

    /** Checks budget thresholds after a manual cost committed; the report view calls it after {@link #record}. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasRole('MANAGER')")
    public void checkBudget(long campaignId) {
        alerts.check(campaignId);
    }

    static LedgerLine line(LedgerEntry e) {
        return new LedgerLine(e.getId(), e.getKind(), e.getGenerationId(), e.getCategory(), e.getNote(),
                new Money(e.getProviderAmount(), e.getProviderCurrency()), new Money(e.getAmountEur(), Money.EUR),
                e.getExchangeRate(), e.getBookedAt());
    }

}
