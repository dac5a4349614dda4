package dev.clapboard.finance;

import dev.clapboard.finance.domain.LedgerDaily;
import dev.clapboard.finance.domain.LedgerDailyRepository;
import dev.clapboard.finance.domain.LedgerEntry;
import dev.clapboard.finance.domain.LedgerEntryRepository;
import dev.clapboard.generation.GenerationCost;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.workspace.WorkspaceSettingsService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books generation costs, one entry per call and transaction. Each booking is idempotent per generation
 * and kind: a repeated event books nothing, and the unique (generation, kind) constraint stops two
 * deliveries racing each other. An ACTUAL or RELEASE closes the reservation whatever order they arrive in.
 */
@Component
class LedgerBookings {

    private final LedgerEntryRepository entries;
    private final WorkspaceSettingsService settings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CampaignBudgetLock lock;
    private final LedgerDailyRepository daily;

    LedgerBookings(LedgerEntryRepository entries, WorkspaceSettingsService settings, CurrentUser currentUser,
            Clock clock, CampaignBudgetLock lock, LedgerDailyRepository daily) {
        this.entries = entries;
        this.lock = lock;
        this.daily = daily;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    public boolean reserve(long campaignId, long memberId, GenerationCost cost) {
        lock.acquire(campaignId);
        if (entries.existsByGenerationIdAndKind(cost.generationId(), LedgerKind.RESERVATION)) {
            return false;
        }
        book(line(campaignId, memberId, cost, LedgerKind.RESERVATION));
        return true;
    }

    /** The charge for a finished video; it replaces the reservation, at the rate the reservation stored. */
    @Transactional
    public boolean charge(long campaignId, long memberId, GenerationCost cost) {
        lock.acquire(campaignId);
        if (closed(cost.generationId())) {
            return false;
        }
        var line = line(campaignId, memberId, cost, LedgerKind.ACTUAL);
        var reservation = entries.findByGenerationIdAndKind(cost.generationId(), LedgerKind.RESERVATION);
        if (reservation.isPresent()) {
            line = withRate(line, reservation.get().getExchangeRate());
        }
        book(line);
        return true;
    }

    /** Gives a reservation back (failure, cancellation): the amounts released are the ones reserved. */
    @Transactional
    public boolean release(long campaignId, long memberId, GenerationCost cost) {
        lock.acquire(campaignId);
        if (closed(cost.generationId())) {
            return false;
        }
        var line = line(campaignId, memberId, cost, LedgerKind.RELEASE);
        var reservation = entries.findByGenerationIdAndKind(cost.generationId(), LedgerKind.RESERVATION);
        if (reservation.isPresent()) {
            var held = reservation.get();
            line = new LedgerEntry.Line(campaignId, cost.generationId(), LedgerKind.RELEASE, null, null,
                    cost.providerId(), cost.model(), memberId, cost.seconds(), held.getProviderAmount(),
                    held.getProviderCurrency(), held.getAmountEur(), held.getExchangeRate());
        }
        book(line);
        return true;
    }

    @Transactional
    public LedgerEntry book(LedgerEntry.Line line) {
        lock.acquire(line.campaignId());
        var now = clock.instant();
        var day = now.atZone(settings.timeZone()).toLocalDate();
        var week = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var entry = entries.save(new LedgerEntry(line, now, day, week, currentUser.require().accountId()));
        rollUp(entry);
        return entry;
    }

    /**
     * Keeps the daily rollup equal to the ledger's spend: charges and manual costs add to their day; a
     * reservation adds to its day while open; the charge or release that closes it takes it off that day.
     * Exact because every booking of a campaign holds the campaign's lock, so "still open" cannot race.
     */
    private void rollUp(LedgerEntry entry) {
        switch (entry.getKind()) {
            case ACTUAL, MANUAL -> add(entry, BigDecimal.ONE);
            case RESERVATION -> {
                if (!closed(entry.getGenerationId())) {
                    add(entry, BigDecimal.ONE);
                }
            }
            case RELEASE -> { }
        }
        if (entry.getKind() == LedgerKind.ACTUAL || entry.getKind() == LedgerKind.RELEASE) {
            entries.findByGenerationIdAndKind(entry.getGenerationId(), LedgerKind.RESERVATION)
                    .ifPresent(reservation -> add(reservation, BigDecimal.ONE.negate()));
        }
    }

    private void add(LedgerEntry entry, BigDecimal sign) {
        var day = daily.findByCampaignIdAndBookedDay(entry.getCampaignId(), entry.getBookedDay())
                .orElseGet(() -> daily.save(new LedgerDaily(entry.getCampaignId(), entry.getBookedDay(),
                        entry.getBookedWeek())));
        day.add(entry.getAmountEur().multiply(sign), sign.intValue(), (long) entry.getSeconds() * sign.intValue());
    }

    private boolean closed(@Nullable Long generationId) {
        if (generationId == null) {
            return false;
        }
        return entries.existsByGenerationIdAndKind(generationId, LedgerKind.ACTUAL)
                || entries.existsByGenerationIdAndKind(generationId, LedgerKind.RELEASE);
    }

    private static LedgerEntry.Line line(long campaignId, long memberId, GenerationCost cost, LedgerKind kind) {
        return new LedgerEntry.Line(campaignId, cost.generationId(), kind, null, null, cost.providerId(), cost.model(),
                memberId, cost.seconds(), cost.providerPrice().amount(), cost.providerPrice().currency(),
                cost.euros().amount(), cost.exchangeRate());
    }

    private static LedgerEntry.Line withRate(LedgerEntry.Line line, java.math.BigDecimal rate) {
        return new LedgerEntry.Line(line.campaignId(), line.generationId(), line.kind(), line.category(), line.note(),
                line.providerId(), line.model(), line.memberId(), line.seconds(), line.providerAmount(),
                line.providerCurrency(), line.amountEur(), rate);
    }
}
