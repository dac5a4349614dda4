package dev.clapboard.workspace;

import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.Roles;
import dev.clapboard.workspace.domain.InviteRepository;
import dev.clapboard.workspace.domain.MemberRow;
import dev.clapboard.workspace.domain.Membership;
import dev.clapboard.workspace.domain.MembershipRepository;
import dev.clapboard.workspace.domain.WorkspaceRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins manage the members of their workspace: role, status, quotas, removal. A workspace always keeps
 * at least one active admin. A disabled or removed member is signed out on their next request
 * ({@link ActiveMemberFilter}) and can no longer sign in to this workspace.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class MemberService {

    public static final String LAST_ADMIN = "A workspace needs at least one active admin. Make another member admin first.";

    private final MembershipRepository memberships;
    private final WorkspaceRepository workspaces;
    private final InviteRepository invites;
    private final QuotaBook book;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    MemberService(MembershipRepository memberships, WorkspaceRepository workspaces, InviteRepository invites,
            QuotaBook book, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.events = events;
        this.memberships = memberships;
        this.workspaces = workspaces;
        this.invites = invites;
        this.book = book;
        this.currentUser = currentUser;
    }

    public Page<MemberOverview> overview(Pageable pageable) {
        long workspaceId = currentUser.require().workspaceId();
        var workspace = workspaces.findById(workspaceId).orElseThrow();
        var page = memberships.membersOf(workspaceId, pageable);
        var ids = page.getContent().stream().map(MemberRow::accountId).toList();
        var usage = book.memberRows(workspace, ids);
        var invited = new java.util.HashMap<Long, Long>();
        if (!ids.isEmpty()) {
            invites.countByInviters(workspaceId, ids, InviteService.COUNTED)
                    .forEach(pair -> invited.put((Long) pair[0], (Long) pair[1]));
        }
        return page.map(row -> new MemberOverview(row.accountId(), row.displayName(), row.email(), row.role(),
                row.enabled(), row.joinedAt(), row.lastSignInAt(), invited.getOrDefault(row.accountId(), 0L),
                QuotaBook.inviteQuota(workspace, row.inviteQuota()),
                QuotaBook.usageOf(usage.get(row.accountId()), QuotaBook.secondsLimit(workspace, row.monthlySeconds()),
                        QuotaBook.eurosLimit(workspace, row.monthlyEuros()))));
    }

    @Transactional
    public void changeRole(long accountId, String role) {
        if (!Roles.MEMBER_ROLES.contains(role)) {
            throw new InputRefusedException("role", "Choose one of the roles offered.");
        }
        var membership = lockedSeat(accountId);
        if (!role.equals(Roles.ADMIN)) {
            requireAnotherAdmin(membership);
        }
        var previous = membership.getRole();
        membership.setRole(role);
        if (!previous.equals(role)) {
            var admin = currentUser.require();
            events.publishEvent(new MemberRoleChanged(admin.workspaceId(), accountId, previous, role,
                    admin.accountId(), admin.displayName()));
        }
    }

    @Transactional
    public void setEnabled(long accountId, boolean enabled) {
        var membership = lockedSeat(accountId);
        if (!enabled) {
            requireAnotherAdmin(membership);
        }
        membership.setEnabled(enabled);
    }

    @Transactional
    public void remove(long accountId) {
        var membership = lockedSeat(accountId);
        requireAnotherAdmin(membership);
        memberships.delete(membership);
    }

    /** @throws InputRefusedException naming the field at fault; nothing is saved then */
    @Transactional
    public void setQuotas(long accountId, MemberQuotas quotas) {
        validate(quotas);
        lockedSeat(accountId).setQuotas(quotas.inviteQuota(), quotas.monthlySeconds(), quotas.monthlyEuros());
    }

    /** Role and quotas in one go: either both change or, when one is refused, neither. */
    @Transactional
    public void update(long accountId, String role, MemberQuotas quotas) {
        validate(quotas);
        changeRole(accountId, role);
        lockedSeat(accountId).setQuotas(quotas.inviteQuota(), quotas.monthlySeconds(), quotas.monthlyEuros());
    }

    private static void validate(MemberQuotas quotas) {
        Limits.requireRange("inviteQuota", quotas.inviteQuota(), 0, Limits.MAX_INVITE_QUOTA, "an invite quota");
        Limits.requireRange("monthlySeconds", quotas.monthlySeconds(), 1, Limits.MAX_SECONDS,
                "the seconds of video per month");
        Limits.requireEuros("monthlyEuros", quotas.monthlyEuros(), "the spend per month");
    }

    /** The member's seat in the current workspace, with the workspace locked so admin checks cannot race. */
    private Membership lockedSeat(long accountId) {
        long workspaceId = currentUser.require().workspaceId();
        workspaces.lockById(workspaceId).orElseThrow();
        return memberships.findByWorkspaceIdAndAccountId(workspaceId, accountId)
                .orElseThrow(() -> new IllegalArgumentException("No member " + accountId + " in this workspace"));
    }

    private void requireAnotherAdmin(Membership membership) {
        if (membership.getRole().equals(Roles.ADMIN) && membership.isEnabled()
                && memberships.countByWorkspaceIdAndRoleAndEnabledTrue(membership.getWorkspaceId(), Roles.ADMIN) <= 1) {
            throw new InputRefusedException(null, LAST_ADMIN);
        }
    }

}
