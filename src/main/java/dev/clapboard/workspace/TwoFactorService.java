package dev.clapboard.workspace;

import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.Roles;
import dev.clapboard.workspace.domain.Account;
import dev.clapboard.workspace.domain.AccountRepository;
import dev.clapboard.workspace.domain.MembershipRepository;
import dev.clapboard.workspace.domain.WorkspaceRepository;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in with an authenticator app (TOTP, RFC 6238). A member turns it on for their account (every
 * workspace they belong to), confirming with a code from the app, and gets one-time recovery codes. A workspace
 * may require it of its admins; its admins may reset a member's (a lost phone). The sign-in step itself is
 * {@link TwoFactorSignIn}. See docs/decisions/0012-account-security.md.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TwoFactorService {

    public static final String ISSUER = "Clapboard";
    public static final String WRONG_CODE = "That code does not match. Enter the 6-digit code your authenticator "
            + "app shows now for Clapboard.";
    public static final String WRONG_CONFIRMATION = "That is neither your password nor a current code from your "
            + "authenticator app.";
    public static final String REQUIRED_FOR_ADMINS = "Your workspace requires two-factor sign-in for admins, so "
            + "it stays on.";

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final WorkspaceRepository workspaces;
    private final SecondFactorCheck check;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TwoFactorService(AccountRepository accounts, MembershipRepository memberships, WorkspaceRepository workspaces,
            SecondFactorCheck check, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.workspaces = workspaces;
        this.check = check;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    public TwoFactorStatus status() {
        var account = myAccount();
        return new TwoFactorStatus(account.hasTwoFactor(), check.recoveryCodesLeft(account), setupRequired(account));
    }

    /** True while the member is an admin of a workspace that requires two-factor sign-in and has not set it up. */
    public boolean setupRequired() {
        return setupRequired(myAccount());
    }

    /** A fresh secret for the app; nothing changes until {@link #turnOn} confirms it. */
    public TwoFactorSetup start() {
        var secret = Totp.newSecret();
        var uri = Totp.uri(ISSUER, currentUser.require().email(), secret);
        return new TwoFactorSetup(secret, uri, QrCodes.svg(uri));
    }

    /**
     * Turns two-factor sign-in on with {@code secret} (from {@link #start}) once {@code code} shows the member's
     * app has it. Returns the new recovery codes: they are stored hashed and cannot be shown again.
     *
     * @throws InputRefusedException with field "code" when the code does not match the secret
     */
    @Transactional
    public List<String> turnOn(String secret, String code) {
        var account = accounts.lockById(currentUser.require().accountId()).orElseThrow();
        OptionalLong step;
        try {
            step = Totp.matchingStep(secret, code, clock.instant(), 0);
        } catch (IllegalArgumentException notBase32) {
            step = OptionalLong.empty();
        }
        if (step.isEmpty()) {
            throw new InputRefusedException("code", WRONG_CODE);
        }
        account.turnOnTwoFactor(check.seal(secret), step.getAsLong(), clock.instant());
        return check.newRecoveryCodes(account);
    }

    /**
     * Turns it off when {@code passwordOrCode} is the member's password or a current authenticator code.
     *
     * @throws InputRefusedException with field "confirmation" when it is neither, or (field null) when the
     *     workspace requires two-factor sign-in of its admins and the member is one
     */
    @Transactional
    public void turnOff(String passwordOrCode) {
        var user = currentUser.require();
        var account = accounts.lockById(user.accountId()).orElseThrow();
        if (!account.hasTwoFactor()) {
            return;
        }
        if (requiredInAnySeat(account)) {
            throw new InputRefusedException(null, REQUIRED_FOR_ADMINS);
        }
        if (!passwordEncoder.matches(passwordOrCode, account.getPasswordHash())
                && !check.acceptAuthenticatorCode(account, passwordOrCode)) {
            throw new InputRefusedException("confirmation", WRONG_CONFIRMATION);
        }
        account.turnOffTwoFactor();
        check.removeRecoveryCodes(account);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public boolean requiredForAdmins() {
        return workspaces.findById(currentUser.require().workspaceId()).orElseThrow().isAdminsNeedTwoFactor();
    }

    /** Admins who have not set it up are sent to set it up on their next page, and can open nothing else. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void requireForAdmins(boolean required) {
        workspaces.lockById(currentUser.require().workspaceId()).orElseThrow().setAdminsNeedTwoFactor(required);
    }

    /**
     * Turns off two-factor sign-in of a member of this workspace who lost their authenticator (they sign in with
     * the password alone until they turn it on again). Returns false when it was off already.
     *
     * @throws IllegalArgumentException when the account is not a member of this workspace
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public boolean resetFor(long accountId) {
        var admin = currentUser.require();
        memberships.findByWorkspaceIdAndAccountId(admin.workspaceId(), accountId)
                .orElseThrow(() -> new IllegalArgumentException("No member " + accountId + " in this workspace"));
        var account = accounts.lockById(accountId).orElseThrow();
        if (!account.hasTwoFactor()) {
            return false;
        }
        account.turnOffTwoFactor();
        check.removeRecoveryCodes(account);
        events.publishEvent(new TwoFactorReset(admin.workspaceId(), accountId, admin.accountId(), admin.displayName()));
        return true;
    }

    private boolean setupRequired(Account account) {
        var user = currentUser.require();
        return !account.hasTwoFactor() && user.role().equals(Roles.ADMIN)
                && workspaces.findById(user.workspaceId()).orElseThrow().isAdminsNeedTwoFactor();
    }

    private boolean requiredInAnySeat(Account account) {
        return currentUser.require().seats().stream().anyMatch(seat -> seat.role().equals(Roles.ADMIN)
                && workspaces.findById(seat.workspaceId()).orElseThrow().isAdminsNeedTwoFactor());
    }

    private Account myAccount() {
        return accounts.findById(currentUser.require().accountId()).orElseThrow();
    }
}
