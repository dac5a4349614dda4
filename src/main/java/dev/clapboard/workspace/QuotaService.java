package dev.clapboard.workspace;

import dev.clapboard.base.Money;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.workspace.domain.AccountRepository;
import dev.clapboard.workspace.domain.GenerationUsage;
import dev.clapboard.workspace.domain.Membership;
import dev.clapboard.workspace.domain.MembershipRepository;
import dev.clapboard.workspace.domain.QuotaReservation;
import dev.clapboard.workspace.domain.QuotaReservationRepository;
import dev.clapboard.workspace.domain.Workspace;
import dev.clapboard.workspace.domain.WorkspaceRepository;
import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly generation quotas, per member and per workspace, in seconds of video and in euros. The generation
 * feature asks {@link #reserve} before every run, then {@link #commit}s the actual spend or {@link #release}s
 * the reservation. Every change takes the workspace's row lock first, so concurrent runs queue and the sum of
 * reservations never passes a limit.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class QuotaService {

    /** What the signed-in member may still spend this month: their own quota and the workspace's. */
    public record Remaining(QuotaUsage member, QuotaUsage workspace) {

        public int seconds() {
            return Math.min(member.remainingSeconds(), workspace.remainingSeconds());
        }

        public Money euros() {
            return new Money(member.remainingEuros().min(workspace.remainingEuros()), Money.EUR);
        }
    }

    private final WorkspaceRepository workspaces;
    private final MembershipRepository memberships;
    private final AccountRepository accounts;
    private final QuotaReservationRepository reservations;
    private final QuotaBook book;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuotaService(WorkspaceRepository workspaces, MembershipRepository memberships, AccountRepository accounts,
            QuotaReservationRepository reservations, QuotaBook book, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.accounts = accounts;
        this.reservations = reservations;
        this.book = book;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    public Remaining remaining() {
        var user = currentUser.require();
        var workspace = workspaces.findById(user.workspaceId()).orElseThrow();
        return new Remaining(book.memberUsage(workspace, seat(user.workspaceId(), user.accountId())),
                book.workspaceUsage(workspace));
    }

    /**
     * Holds {@code seconds} and {@code euros} of the signed-in member's and the workspace's monthly quota.
     *
     * @throws QuotaExceededException naming the limit the run would pass; nothing is held then
     */
    @Transactional
    public ReservedQuota reserve(int seconds, Money euros) {
        if (seconds < 0 || euros.isNegative() || !Money.EUR.equals(euros.currency())) {
            throw new IllegalArgumentException("Reserve a non-negative amount in EUR, got " + seconds + " s and " + euros);
        }
        var user = currentUser.require();
        var workspace = workspaces.lockById(user.workspaceId()).orElseThrow();
        var membership = seat(user.workspaceId(), user.accountId());
        var period = book.currentPeriod(workspace);
        var mine = book.memberRow(period, user.accountId());
        var all = book.workspaceRow(period);
        var amount = euros.amount();
        check(mine, seconds, amount, QuotaBook.secondsLimit(workspace, membership.getMonthlySeconds()),
                QuotaBook.eurosLimit(workspace, membership.getMonthlyEuros()), "your monthly quota");
        check(all, seconds, amount, workspace.getMonthlySeconds(), workspace.getMonthlyEuros(),
                "the workspace's monthly quota");
        mine.reserve(seconds, amount);
        all.reserve(seconds, amount);
        var reservation = reservations.save(new QuotaReservation(user.accountId(), period, seconds, amount,
                clock.instant()));
        alertIfCrossed(workspace, membership, mine);
        return new ReservedQuota(reservation.getId(), user.accountId(), seconds, euros);
    }

    /**
     * Replaces the reservation by what the run actually cost. Only the generation engine knows that, so only the
     * system actor may say it: a member could otherwise turn a reservation into a free run.
     */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM')")
    public void commit(long reservationId, int actualSeconds, Money actualEuros) {
        if (actualSeconds < 0 || actualEuros.isNegative() || !Money.EUR.equals(actualEuros.currency())) {
            throw new IllegalArgumentException("Commit a non-negative amount in EUR");
        }
        var workspace = workspaces.lockById(currentUser.require().workspaceId()).orElseThrow();
        var reservation = open(reservationId);
        var mine = book.memberRow(reservation.getPeriodStart(), reservation.getAccountId());
        var all = book.workspaceRow(reservation.getPeriodStart());
        for (var row : new GenerationUsage[] {mine, all}) {
            row.release(reservation.getSeconds(), reservation.getEuros());
            row.use(actualSeconds, actualEuros.amount());
        }
        reservation.close(QuotaReservation.Status.COMMITTED, clock.instant());
        memberships.findByWorkspaceIdAndAccountId(workspace.getId(), reservation.getAccountId())
                .ifPresent(membership -> alertIfCrossed(workspace, membership, mine));
    }

    /**
     * Gives a reservation back, e.g. when a run failed (the engine) or a creator cancelled it. Releasing twice
     * does nothing.
     */
    @Transactional
    @PreAuthorize("hasRole('CREATOR') or hasRole('SYSTEM')")
    public void release(long reservationId) {
        workspaces.lockById(currentUser.require().workspaceId()).orElseThrow();
        var reservation = reservations.findById(reservationId)
                .orElseThrow(() -> new IllegalArgumentException("No reservation " + reservationId));
        if (reservation.getStatus() != QuotaReservation.Status.RESERVED) {
            return;
        }
        book.memberRow(reservation.getPeriodStart(), reservation.getAccountId())
                .release(reservation.getSeconds(), reservation.getEuros());
        book.workspaceRow(reservation.getPeriodStart()).release(reservation.getSeconds(), reservation.getEuros());
        reservation.close(QuotaReservation.Status.RELEASED, clock.instant());
    }

    private QuotaReservation open(long reservationId) {
        var reservation = reservations.findById(reservationId)
                .orElseThrow(() -> new IllegalArgumentException("No reservation " + reservationId));
        if (reservation.getStatus() != QuotaReservation.Status.RESERVED) {
            throw new IllegalStateException("Reservation " + reservationId + " is already " + reservation.getStatus());
        }
        return reservation;
    }

    private Membership seat(long workspaceId, long accountId) {
        return memberships.findByWorkspaceIdAndAccountId(workspaceId, accountId).filter(Membership::isEnabled)
                .orElseThrow(() -> new AccessDeniedException("Not an active member of this workspace"));
    }

    private static void check(GenerationUsage row, int seconds, BigDecimal euros, int secondsLimit,
            BigDecimal eurosLimit, String quota) {
        if (row.spentSeconds() + seconds > secondsLimit) {
            throw new QuotaExceededException("This needs " + seconds + " s of video, but " + quota + " has "
                    + Math.max(0, secondsLimit - row.spentSeconds()) + " s left (limit " + secondsLimit + " s).");
        }
        if (row.spentEuros().add(euros).compareTo(eurosLimit) > 0) {
            throw new QuotaExceededException("This costs €" + euros.toPlainString() + ", but " + quota + " has €"
                    + eurosLimit.subtract(row.spentEuros()).max(BigDecimal.ZERO).toPlainString() + " left (limit €"
                    + eurosLimit.toPlainString() + ").");
        }
    }

    private void alertIfCrossed(Workspace workspace, Membership membership, GenerationUsage row) {
        var usage = QuotaBook.usageOf(row, QuotaBook.secondsLimit(workspace, membership.getMonthlySeconds()),
                QuotaBook.eurosLimit(workspace, membership.getMonthlyEuros()));
        int percent = usage.percentSpent();
        int level = percent >= 100 ? 100 : percent >= 80 ? 80 : 0;
        if (level <= row.getAlertedPercent()) {
            return;
        }
        row.setAlertedPercent(level);
        var account = accounts.findById(membership.getAccountId()).orElseThrow();
        events.publishEvent(new QuotaAlert(workspace.getId(), workspace.getName(), account.getEmail(),
                account.getDisplayName(), level, usage.spentSeconds() + " of " + usage.secondsLimit()
                        + " seconds of video, €" + usage.spentEuros().toPlainString() + " of €"
                        + usage.eurosLimit().toPlainString()));
    }
}
