package dev.clapboard.workspace;

import dev.clapboard.security.ClapboardUser;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.Roles;
import dev.clapboard.workspace.domain.Account;
import dev.clapboard.workspace.domain.AccountRepository;
import dev.clapboard.workspace.domain.Invite;
import dev.clapboard.workspace.domain.InviteRepository;
import dev.clapboard.workspace.domain.InviteRow;
import dev.clapboard.workspace.domain.InviteStatus;
import dev.clapboard.workspace.domain.Membership;
import dev.clapboard.workspace.domain.MembershipRepository;
import dev.clapboard.workspace.domain.Workspace;
import dev.clapboard.workspace.domain.WorkspaceRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites by e-mail. Admins and managers invite (a manager gives creator or reviewer only); each invite
 * counts against the inviter's invite quota and takes a seat of the workspace until it is accepted or
 * revoked. The link works once and expires. Inviting the same address again resends the pending invite.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class InviteService {

    /** Invites that count against the inviter's quota; revoking gives one back. */
    static final Set<InviteStatus> COUNTED = Set.of(InviteStatus.PENDING, InviteStatus.ACCEPTED);
    static final List<String> MANAGER_MAY_INVITE = List.of(Roles.CREATOR, Roles.REVIEWER);

    private final InviteRepository invites;
    private final WorkspaceRepository workspaces;
    private final MembershipRepository memberships;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration validFor;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    InviteService(InviteRepository invites, WorkspaceRepository workspaces, MembershipRepository memberships,
            AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock,
            @Value("${clapboard.invites.valid-for:7d}") Duration validFor,
            @Value("${clapboard.base-url}") String baseUrl) {
        this.invites = invites;
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.validFor = validFor;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @PreAuthorize("hasRole('MANAGER')")
    public InviteAllowance allowance() {
        var user = currentUser.require();
        var workspace = workspaces.findById(user.workspaceId()).orElseThrow();
        return allowance(user, workspace, ownSeat(user));
    }

    /** Admins see every invite of the workspace, managers the ones they sent. */
    @PreAuthorize("hasRole('MANAGER')")
    public Page<InviteSummary> list(Pageable pageable) {
        var user = currentUser.require();
        var page = user.hasRole(Roles.ADMIN) ? invites.invitesOf(user.workspaceId(), pageable)
                : invites.invitesBy(user.workspaceId(), user.accountId(), pageable);
        return page.map(this::summary);
    }

    /** Invites {@code accountId} sent from this workspace, newest first (their data export). */
    @PreAuthorize("hasRole('ADMIN') or #accountId == principal.accountId()")
    public Page<InviteSummary> sentBy(long accountId, Pageable pageable) {
        return invites.invitesBy(currentUser.require().workspaceId(), accountId, pageable).map(this::summary);
    }

    /**
     * @throws InputRefusedException naming the field at fault or the limit reached; nothing is saved then
     * @throws AccessDeniedException when a manager tries to give a role above creator or reviewer
     */
    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public InviteOutcome invite(NewInvite request) {
        var user = currentUser.require();
        if (request.email() == null || !EmailAddresses.isValid(request.email())) {
            throw new InputRefusedException("email", "Enter a valid e-mail address, such as name@example.com.");
        }
        if (!Roles.MEMBER_ROLES.contains(request.role())) {
            throw new InputRefusedException("role", "Choose one of the roles offered.");
        }
        requireMayGive(user, request.role());
        var workspace = workspaces.lockById(user.workspaceId()).orElseThrow();
        var email = Account.normalise(request.email());
        var existing = accounts.findByEmail(email);
        if (existing.isPresent()
                && memberships.findByWorkspaceIdAndAccountId(workspace.getId(), existing.get().getId()).isPresent()) {
            throw new InputRefusedException("email", email + " is already a member of this workspace.");
        }
        var pending = invites.findFirstByWorkspaceIdAndEmailAndStatus(workspace.getId(), email, InviteStatus.PENDING);
        if (pending.isPresent()) {
            if (!mayManage(user, pending.get())) {
                throw new InputRefusedException("email", email + " has a pending invite from someone else already.");
            }
            send(pending.get(), workspace, user, true);
            return InviteOutcome.RESENT;
        }
        var allowance = allowance(user, workspace, ownSeat(user));
        if (allowance.used() >= allowance.quota()) {
            throw new InputRefusedException("email", "You have used all " + allowance.quota()
                    + " invites of your invite quota. Ask an admin to raise it, or revoke a pending invite.");
        }
        if (allowance.seatsTaken() >= allowance.seatLimit()) {
            throw new InputRefusedException("email", "The workspace has reached its seat limit of "
                    + allowance.seatLimit() + " (members plus pending invites). An admin can raise it in the "
                    + "workspace settings.");
        }
        var token = newToken();
        var now = clock.instant();
        var invite = invites.save(new Invite(workspace.getId(), email, request.role(), user.accountId(), hash(token),
                now, now.plus(validFor)));
        publish(invite, workspace, user, token, false);
        return InviteOutcome.SENT;
    }

    /** Sends the pending invite again with a new link (the old one stops working) and a new expiry. */
    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public void resend(long inviteId) {
        var user = currentUser.require();
        var workspace = workspaces.lockById(user.workspaceId()).orElseThrow();
        var invite = pendingInvite(user, inviteId);
        send(invite, workspace, user, true);
    }

    /** Withdraws the pending invite: its link stops working and the inviter gets the invite back. */
    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public void revoke(long inviteId) {
        var user = currentUser.require();
        workspaces.lockById(user.workspaceId()).orElseThrow();
        pendingInvite(user, inviteId).revoke(clock.instant());
    }

    @PreAuthorize("permitAll()")
    public InviteLink check(String token) {
        var invite = invites.findByTokenHash(hash(token)).orElse(null);
        if (invite == null) {
            return InviteLink.closed(InviteLink.State.UNKNOWN);
        }
        var state = stateOf(invite);
        if (state != InviteLink.State.OPEN) {
            return InviteLink.closed(state);
        }
        var workspace = workspaces.findById(invite.getWorkspaceId()).orElseThrow();
        return new InviteLink(state, workspace.getName(), invite.getEmail(), invite.getRole(),
                accounts.findByEmail(invite.getEmail()).isPresent());
    }

    /**
     * Accepts the invite behind {@code token}: a new account with the name and password given, or, when
     * the e-mail has an account already, that account after checking its password. The member's next
     * sign-in lands in the invited workspace.
     *
     * @return the e-mail address to sign in with
     * @throws InputRefusedException naming the field at fault, or with no field when the link is dead
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public String accept(String token, AcceptInvite input) {
        var found = invites.findByTokenHash(hash(token))
                .orElseThrow(() -> new InputRefusedException(null, InviteLink.State.UNKNOWN.message()));
        var workspace = workspaces.lockById(found.getWorkspaceId()).orElseThrow();
        var invite = invites.findById(found.getId()).orElseThrow();
        var state = stateOf(invite);
        if (state != InviteLink.State.OPEN) {
            throw new InputRefusedException(null, state.message());
        }
        var now = clock.instant();
        var account = accounts.findByEmail(invite.getEmail()).orElse(null);
        if (account == null) {
            Limits.requireName("name", input.name(), Account.NAME_MAX_LENGTH, "your name");
            PasswordPolicy.problemWith(input.password(), invite.getEmail()).ifPresent(problem -> {
                throw new InputRefusedException("password", problem);
            });
            account = accounts.save(new Account(invite.getEmail(), input.name().strip(),
                    passwordEncoder.encode(input.password()), now));
        } else if (!passwordEncoder.matches(input.password(), account.getPasswordHash())) {
            throw new InputRefusedException("password", "That is not the password of " + account.getEmail() + ".");
        }
        if (memberships.findByWorkspaceIdAndAccountId(workspace.getId(), account.getId()).isEmpty()) {
            if (memberships.countByWorkspaceId(workspace.getId()) >= workspace.getSeatLimit()) {
                throw new InputRefusedException(null, "The workspace is full (seat limit " + workspace.getSeatLimit()
                        + "). Ask an admin of " + workspace.getName() + " to raise it.");
            }
            memberships.save(new Membership(workspace.getId(), account.getId(), invite.getRole(), now));
        }
        account.setLastWorkspaceId(workspace.getId());
        invite.accept(now);
        var inviter = accounts.findById(invite.getInvitedByAccountId()).orElseThrow();
        events.publishEvent(new InviteAccepted(workspace.getId(), workspace.getName(), inviter.getEmail(),
                inviter.getDisplayName(), account.getDisplayName(), account.getEmail(), invite.getRole(), account.getId()));
        return account.getEmail();
    }

    private void send(Invite invite, Workspace workspace, ClapboardUser inviter, boolean resent) {
        var token = newToken();
        var now = clock.instant();
        invite.renew(hash(token), now, now.plus(validFor));
        publish(invite, workspace, inviter, token, resent);
    }

    private void publish(Invite invite, Workspace workspace, ClapboardUser inviter, String token, boolean resent) {
        events.publishEvent(new InviteSent(workspace.getId(), workspace.getName(), invite.getEmail(),
                invite.getRole(), inviter.displayName(), baseUrl + "/invite/" + token, invite.getExpiresAt(), resent,
                inviter.accountId()));
    }

    private InviteAllowance allowance(ClapboardUser user, Workspace workspace, Membership seat) {
        long used = invites.countByWorkspaceIdAndInvitedByAccountIdAndStatusIn(workspace.getId(), user.accountId(),
                COUNTED);
        long seats = memberships.countByWorkspaceId(workspace.getId())
                + invites.countByWorkspaceIdAndStatus(workspace.getId(), InviteStatus.PENDING);
        var roles = user.hasRole(Roles.ADMIN) ? Roles.MEMBER_ROLES : MANAGER_MAY_INVITE;
        return new InviteAllowance(used, QuotaBook.inviteQuota(workspace, seat.getInviteQuota()), seats,
                workspace.getSeatLimit(), roles);
    }

    private static void requireMayGive(ClapboardUser user, String role) {
        if (!user.hasRole(Roles.ADMIN) && !MANAGER_MAY_INVITE.contains(role)) {
            throw new AccessDeniedException("A manager may invite creators and reviewers only.");
        }
    }

    private static boolean mayManage(ClapboardUser user, Invite invite) {
        return user.hasRole(Roles.ADMIN) || invite.getInvitedByAccountId() == user.accountId();
    }

    private Invite pendingInvite(ClapboardUser user, long inviteId) {
        var invite = invites.findByIdAndWorkspaceId(inviteId, user.workspaceId())
                .orElseThrow(() -> new IllegalArgumentException("No invite " + inviteId + " in this workspace"));
        if (!mayManage(user, invite)) {
            throw new AccessDeniedException("Only admins manage invites sent by others.");
        }
        if (invite.getStatus() != InviteStatus.PENDING) {
            throw new InputRefusedException(null, "This invite was already " + invite.getStatus().name().toLowerCase()
                    + ".");
        }
        return invite;
    }

    private Membership ownSeat(ClapboardUser user) {
        return memberships.findByWorkspaceIdAndAccountId(user.workspaceId(), user.accountId())
                .orElseThrow(() -> new AccessDeniedException("Not a member of this workspace"));
    }

    private InviteLink.State stateOf(Invite invite) {
        return switch (invite.getStatus()) {
            case ACCEPTED -> InviteLink.State.USED;
            case REVOKED -> InviteLink.State.REVOKED;
            case PENDING -> invite.isExpired(clock.instant()) ? InviteLink.State.EXPIRED : InviteLink.State.OPEN;
        };
    }

    private InviteSummary summary(InviteRow row) {
        var status = switch (row.status()) {
            case PENDING -> row.expiresAt().isAfter(clock.instant()) ? "Pending" : "Expired";
            case ACCEPTED -> "Accepted";
            case REVOKED -> "Revoked";
        };
        return new InviteSummary(row.id(), row.email(), row.role(), status, row.invitedByName(), row.sentAt(),
                row.expiresAt());
    }

    private String newToken() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
