package dev.clapboard.workspace;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import dev.clapboard.security.ClapboardUser;
import dev.clapboard.security.LoginThrottle;
import dev.clapboard.security.LoginThrottledException;
import dev.clapboard.security.SecondFactorRequiredException;
import dev.clapboard.workspace.domain.AccountRepository;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of signing in, for accounts with two-factor sign-in: the password step left a
 * {@link SecondFactorRequiredException} in the session (nobody is signed in yet); a right authenticator or
 * recovery code within {@link SecondFactorRequiredException#VALID_FOR} signs the member in with a new session
 * id. Wrong codes count toward the sign-in throttling like wrong passwords. Anonymous by nature: the pending
 * password step in the caller's own session is the credential.
 */
@Service
@PreAuthorize("permitAll()")
public class TwoFactorSignIn {

    public static final String WRONG_CODE = "That code is not right. Enter the 6-digit code your authenticator app "
            + "shows now, or one of your recovery codes.";
    public static final String START_AGAIN = "Signing in took too long. Sign in with your e-mail and password again.";
    public static final String DISABLED = "This account is disabled. Ask an admin of your workspace to enable it.";

    private final AccountRepository accounts;
    private final AccountDetailsService details;
    private final SecondFactorCheck check;
    private final LoginThrottle throttle;
    private final MemberSignIn memberSignIn;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TwoFactorSignIn(AccountRepository accounts, AccountDetailsService details, SecondFactorCheck check,
            LoginThrottle throttle, MemberSignIn memberSignIn, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.details = details;
        this.check = check;
        this.throttle = throttle;
        this.memberSignIn = memberSignIn;
        this.events = events;
        this.clock = clock;
    }

    public static String throttled(long minutes) {
        return "Too many sign-in attempts. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
    }

    /** The e-mail whose password was accepted in this session and now waits for a code, if any (and not lapsed). */
    public Optional<String> pendingEmail() {
        return pending().map(SecondFactorRequiredException::email);
    }

    /**
     * Signs the pending member in when {@code code} is right.
     *
     * @throws InputRefusedException with field "code" for a wrong code or while sign-in is throttled, or
     *     without a field when there is no pending sign-in (lapsed, or none) or the account was disabled
     */
    @Transactional
    public ClapboardUser complete(String code) {
        var pending = pending().orElseThrow(() -> new InputRefusedException(null, START_AGAIN));
        var address = address();
        var wait = throttle.waitBefore(pending.email(), address);
        if (wait.isPresent()) {
            throw new InputRefusedException("code", throttled(new LoginThrottledException(wait.get()).minutesToWait()));
        }
        var account = accounts.lockById(pending.accountId()).orElseThrow(() -> new InputRefusedException(null,
                START_AGAIN));
        if (!account.hasTwoFactor()) {
            // reset by an admin meanwhile: the step no longer applies, so the member starts again
            forget();
            throw new InputRefusedException(null, START_AGAIN);
        }
        if (!check.accept(account, code)) {
            throttle.secondFactorFailed(pending.email(), address);
            throw new InputRefusedException("code", WRONG_CODE);
        }
        var user = details.loadUserByUsername(account.getEmail());
        if (!user.isEnabled() || !user.isAccountNonLocked()) {
            forget();
            throw new InputRefusedException(null, DISABLED);
        }
        user.eraseCredentials();
        forget();
        memberSignIn.signInChecked(user);
        // as for a password-only sign-in: clears the account's throttle, records the sign-in for the audit trail
        events.publishEvent(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        return user;
    }

    private Optional<SecondFactorRequiredException> pending() {
        var session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null
                || !(session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                        instanceof SecondFactorRequiredException pending)) {
            return Optional.empty();
        }
        return pending.lapsed(clock.instant()) ? Optional.empty() : Optional.of(pending);
    }

    private static void forget() {
        var session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
    }

    private static String address() {
        var request = VaadinRequest.getCurrent();
        var address = request == null ? null : request.getRemoteAddr();
        return address == null ? "" : address;
    }
}
