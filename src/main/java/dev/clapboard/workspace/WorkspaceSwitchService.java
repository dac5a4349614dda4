package dev.clapboard.workspace;

import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.WorkspaceSwitcher;
import dev.clapboard.workspace.domain.AccountRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class WorkspaceSwitchService implements WorkspaceSwitcher {

    private final CurrentUser currentUser;
    private final AccountRepository accounts;
    private final AccountDetailsService details;

    WorkspaceSwitchService(CurrentUser currentUser, AccountRepository accounts, AccountDetailsService details) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.details = details;
    }

    /** Re-reads the seats, so a role changed since sign-in takes effect on switching. */
    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void switchTo(long workspaceId) {
        var account = accounts.findById(currentUser.require().accountId()).orElseThrow();
        var seats = details.seatsOf(account);
        var seat = seats.stream().filter(s -> s.workspaceId() == workspaceId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Not a member of workspace " + workspaceId));
        account.setLastWorkspaceId(workspaceId);
        var user = AccountDetailsService.userIn(account, seat, seats);
        user.eraseCredentials();
        currentUser.replace(user);
    }
}
