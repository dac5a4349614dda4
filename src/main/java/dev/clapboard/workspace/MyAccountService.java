package dev.clapboard.workspace;

import dev.clapboard.security.CurrentUser;
import dev.clapboard.workspace.domain.Account;
import dev.clapboard.workspace.domain.AccountRepository;
import dev.clapboard.workspace.domain.MembershipRepository;
import dev.clapboard.workspace.domain.PasswordResetRepository;
import dev.clapboard.workspace.domain.WorkspaceRepository;
import java.util.NoSuchElementException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every member may do to their own account: see it, rename themselves, change their password. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MyAccountService {

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final WorkspaceRepository workspaces;
    private final AccountDetailsService details;
    private final QuotaBook book;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final PasswordResetRepository resets;

    MyAccountService(AccountRepository accounts, MembershipRepository memberships, WorkspaceRepository workspaces,
            AccountDetailsService details, QuotaBook book, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            PasswordResetRepository resets) {
        this.resets = resets;
        this.accounts = accounts;
        this.memberships = memberships;
        this.workspaces = workspaces;
        this.details = details;
        this.book = book;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    public MyAccount me() {
        var user = currentUser.require();
        var account = accounts.findById(user.accountId()).orElseThrow();
        var workspace = workspaces.findById(user.workspaceId()).orElseThrow();
        var seat = memberships.findByWorkspaceIdAndAccountId(user.workspaceId(), user.accountId()).orElseThrow();
        return new MyAccount(account.getDisplayName(), account.getEmail(), seat.getRole(), workspace.getName(),
                book.memberUsage(workspace, seat), book.workspaceUsage(workspace));
    }

    /**
     * What Clapboard holds about the account, for its data export: the member themself sees all their
     * memberships; an admin exporting for a member of their workspace sees only that workspace's membership.
     *
     * @throws NoSuchElementException when the account is not a member of the current workspace
     */
    @PreAuthorize("hasRole('ADMIN') or #accountId == principal.accountId()")
    public AccountData accountData(long accountId) {
        var user = currentUser.require();
        var here = memberships.findByWorkspaceIdAndAccountId(user.workspaceId(), accountId)
                .orElseThrow(() -> new NoSuchElementException("There is no member " + accountId + " in this workspace."));
        var account = accounts.findById(accountId).orElseThrow();
        var seats = accountId == user.accountId() ? memberships.findByAccountIdOrderByJoinedAtAsc(accountId) : java.util.List.of(here);
        return new AccountData(accountId, account.getDisplayName(), account.getEmail(), account.isEnabled(),
                account.getCreatedAt(), account.getLastSignInAt(), account.getLockedUntil(),
                seats.stream().map(m -> new AccountData.Seat(m.getWorkspaceId(),
                        workspaces.findById(m.getWorkspaceId()).map(w -> w.getName()).orElse(""), m.getRole(),
                        m.isEnabled(), m.getJoinedAt(), m.getInviteQuota(), m.getMonthlySeconds(),
                        m.getMonthlyEuros())).toList(),
                resets.findByAccountIdOrderByCreatedAtAsc(accountId).stream().map(r ->
                        new AccountData.PasswordResetRequest(r.getCreatedAt(), r.getExpiresAt(), r.isUsed())).toList());
    }

    /** @throws InputRefusedException with field "name" when the name is empty or too long */
    @Transactional
    public void rename(String name) {
        Limits.requireName("name", name, Account.NAME_MAX_LENGTH, "your name");
        var account = accounts.findById(currentUser.require().accountId()).orElseThrow();
        account.setDisplayName(name.strip());
        refreshSignedInMember(account);
    }

    /**
     * @throws InputRefusedException with field "currentPassword" when it is wrong, or "newPassword" when the
     *     new one breaks the password policy. The member's other sessions end on their next request.
     */
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        var account = accounts.findById(currentUser.require().accountId()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new InputRefusedException("currentPassword", "That is not your current password.");
        }
        PasswordPolicy.problemWith(newPassword, account.getEmail()).ifPresent(problem -> {
            throw new InputRefusedException("newPassword", problem);
        });
        account.changePassword(passwordEncoder.encode(newPassword));
        ActiveMemberFilter.keepCurrentSession(account.getCredentialsVersion());
    }

    /** The session's member carries the display name; put the new one there (the menu shows it). */
    private void refreshSignedInMember(Account account) {
        var user = currentUser.require();
        var seats = details.seatsOf(account);
        seats.stream().filter(s -> s.workspaceId() == user.workspaceId()).findFirst().ifPresent(seat -> {
            var renamed = AccountDetailsService.userIn(account, seat, seats);
            renamed.eraseCredentials();
            currentUser.replace(renamed);
        });
    }
}
