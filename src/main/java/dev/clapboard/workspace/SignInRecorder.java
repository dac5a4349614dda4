package dev.clapboard.workspace;

import dev.clapboard.security.ClapboardUser;
import dev.clapboard.workspace.domain.AccountRepository;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Notes when a member last signed in, for the members list, and tells the audit trail ({@link MemberSignedIn}). */
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

    @EventListener
    @Transactional
    void onSignIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ClapboardUser user) {
            accounts.recordSignIn(user.accountId(), clock.instant());
            events.publishEvent(new MemberSignedIn(user.workspaceId(), user.accountId(), user.displayName()));
        }
    }
}
