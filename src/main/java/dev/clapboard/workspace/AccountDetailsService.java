package dev.clapboard.workspace;

import dev.clapboard.security.ClapboardUser;
import dev.clapboard.security.WorkspaceSeat;
import dev.clapboard.workspace.domain.Account;
import dev.clapboard.workspace.domain.AccountRepository;
import dev.clapboard.workspace.domain.MembershipRepository;
import dev.clapboard.workspace.domain.SeatRow;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up an account for sign-in and puts it in the workspace it used last (or its first one). */
@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final MembershipRepository memberships;

    AccountDetailsService(AccountRepository accounts, MembershipRepository memberships) {
        this.accounts = accounts;
        this.memberships = memberships;
    }

    @Override
    @Transactional(readOnly = true)
    public ClapboardUser loadUserByUsername(String email) {
        var account = accounts.findByEmail(Account.normalise(email))
                .orElseThrow(() -> new UsernameNotFoundException("No account for that e-mail"));
        var seats = seatsOf(account);
        if (seats.isEmpty()) {
            var disabled = memberships.seatsOf(account.getId()).stream().findFirst()
                    .map(row -> new WorkspaceSeat(row.workspaceId(), row.workspaceName(), row.role()));
            if (disabled.isPresent()) {
                // Every seat is disabled: a disabled user makes the sign-in fail with "account disabled".
                return new ClapboardUser(account.getId(), account.getEmail(), account.getDisplayName(),
                        account.getPasswordHash(), false, account.getLockedUntil(), disabled.get(),
                        List.of(disabled.get()), account.hasTwoFactor());
            }
            // An account without a workspace has nothing to open; it signs in once an invite is accepted.
            throw new UsernameNotFoundException("Account belongs to no workspace");
        }
        var current = seats.stream().filter(s -> Objects.equals(s.workspaceId(), account.getLastWorkspaceId()))
                .findFirst().orElse(seats.getFirst());
        return userIn(account, current, seats);
    }

    /** The workspaces the account may open: seats an admin disabled are left out. */
    List<WorkspaceSeat> seatsOf(Account account) {
        return memberships.seatsOf(account.getId()).stream().filter(SeatRow::enabled)
                .map(row -> new WorkspaceSeat(row.workspaceId(), row.workspaceName(), row.role())).toList();
    }

    static ClapboardUser userIn(Account account, WorkspaceSeat current, List<WorkspaceSeat> seats) {
        return new ClapboardUser(account.getId(), account.getEmail(), account.getDisplayName(),
                account.getPasswordHash(), account.isEnabled(), account.getLockedUntil(), current, seats,
                account.hasTwoFactor());
    }
}
