package dev.clapboard.workspace;

import dev.clapboard.security.ClapboardUser;
import dev.clapboard.workspace.domain.AccountRepository;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes when a member last signed in, for the members list, and tells the audit trail ({@link MemberSignedIn}).
 * It runs after the sign-in, on its own thread: the sign-in never waits for, or fails on, this bookkeeping. Run
 * inside the sign-in request, sessions of one account signing in at once (a shared team login; 200 simulated
 * members on four demo logins in bench/load) queued on the account row's lock and, on a loaded server, timed out
 * into a failed sign-in.
 */
@Component
class SignInRecorder {

    private final AccountRepository accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SignInRecorder(AccountRepository accounts, Clock clock, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.clock = clock;
        this.events = events;
    }

    @Async
    @EventListener
    @Transactional
    void onSignIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ClapboardUser user) {
            accounts.recordSignIn(user.accountId(), clock.instant());
            events.publishEvent(new MemberSignedIn(user.workspaceId(), user.accountId(), user.displayName()));
        }
    }
}
