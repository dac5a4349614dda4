package dev.clapboard.finance;

import dev.clapboard.generation.GenerationCancelled;
import dev.clapboard.generation.GenerationCost;
import dev.clapboard.generation.GenerationFailed;
import dev.clapboard.generation.GenerationRequested;
import dev.clapboard.generation.GenerationSucceeded;
import dev.clapboard.security.SystemActor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Books generation events in the cost ledger after the generation's transaction committed, on another
 * thread, as the event's workspace (the listener rule of decision 0003: not {@code @ApplicationModuleListener},
 * whose transaction would start before the tenant is known). Then checks the campaign's budget thresholds.
 * Reservations are the exception: they are booked inside the request's transaction as well.
 */
@Component
class LedgerListeners {

    private static final Logger log = LoggerFactory.getLogger(LedgerListeners.class);

    private final LedgerBookings bookings;
    private final BudgetAlerts alerts;

    LedgerListeners(LedgerBookings bookings, BudgetAlerts alerts) {
        this.bookings = bookings;
        this.alerts = alerts;
    }

    /**
     * Books the reservations inside the request's own transaction, while {@link BudgetGuard} holds the
     * campaign's budget lock: the next request's budget check then sees them. (Booked after commit, two
     * requests in the same instant could both pass the cap.) The booking is idempotent, so the listener
     * below that runs after commit books nothing twice.
     */
    @EventListener
    void reserveInRequest(GenerationRequested event) {
        event.costs().forEach(cost -> bookings.reserve(event.campaignId(), event.requestedBy(), cost));
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(GenerationRequested event) {
        SystemActor.runInWorkspace(event.workspaceId(), () -> {
            event.costs().forEach(cost -> once(() -> bookings.reserve(event.campaignId(), event.requestedBy(), cost)));
            alerts.check(event.campaignId());
        });
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(GenerationSucceeded event) {
        book(event.workspaceId(), event.campaignId(), event.cost(),
                cost -> bookings.charge(event.campaignId(), event.requestedBy(), cost));
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(GenerationFailed event) {
        // a video lost before we could archive it was still made and billed by the provider
        book(event.workspaceId(), event.campaignId(), event.cost(), event.archiveLost()
                ? cost -> bookings.charge(event.campaignId(), event.requestedBy(), cost)
                : cost -> bookings.release(event.campaignId(), event.requestedBy(), cost));
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(GenerationCancelled event) {
        book(event.workspaceId(), event.campaignId(), event.cost(),
                cost -> bookings.release(event.campaignId(), event.requestedBy(), cost));
    }

    private void book(long workspaceId, long campaignId, @Nullable GenerationCost cost,
            java.util.function.Consumer<GenerationCost> booking) {
        if (cost == null) {
            log.warn("A generation event of campaign {} carries no cost; nothing booked", campaignId);
            return;
        }
        SystemActor.runInWorkspace(workspaceId, () -> {
            once(() -> booking.accept(cost));
            alerts.check(campaignId);
        });
    }

    /** A duplicate delivery that lost the race to the unique (generation, kind) constraint books nothing. */
    private static void once(Runnable booking) {
        try {
            booking.run();
        } catch (DataIntegrityViolationException e) {
            log.debug("Ledger entry already booked", e);
        }
    }
}
