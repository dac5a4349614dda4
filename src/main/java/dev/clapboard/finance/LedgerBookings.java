package dev.clapboard.finance;

import dev.clapboard.finance.domain.LedgerEntry;
import dev.clapboard.finance.domain.LedgerEntryRepository;
import dev.clapboard.generation.GenerationCost;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.workspace.WorkspaceSettingsService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
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

    LedgerBookings(LedgerEntryRepository entries, WorkspaceSettingsService settings, CurrentUser currentUser,
            Clock clock) {
        this.entries = entries;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    public boolean reserve(long campaignId, long memberId, GenerationCost cost) {
        if (entries.existsByGenerationIdAndKind(cost.generationId(), LedgerKind.RESERVATION)) {
            return false;
        }
        book(line(campaignId, memberId, cost, LedgerKind.RESERVATION));
        return true;
    }

    /** The charge for a finished video; it replaces the reservation, at the rate the reservation stored. */
    @Transactional
    public boolean charge(long campaignId, long memberId, GenerationCost cost) {
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
        var now = clock.instant();
        var week = now.atZone(settings.timeZone()).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return entries.save(new LedgerEntry(line, now, week, currentUser.require().accountId()));
    }

    private boolean closed(long generationId) {
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
