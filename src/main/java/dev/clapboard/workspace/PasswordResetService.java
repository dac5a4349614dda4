package dev.clapboard.workspace;

import dev.clapboard.workspace.domain.Account;
import dev.clapboard.workspace.domain.AccountRepository;
import dev.clapboard.workspace.domain.MembershipRepository;
import dev.clapboard.workspace.domain.PasswordReset;
import dev.clapboard.workspace.domain.PasswordResetRepository;
import dev.clapboard.workspace.domain.SeatRow;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by e-mail, for people who cannot sign in. Asking never tells whether an account exists (the
 * answer is the same, and only an existing, enabled account with a workspace gets a mail). The link carries a
 * random token of which only the hash is stored; it works once, for {@link #VALID_FOR}, and setting a password
 * through it ends every session of the account.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class PasswordResetService {

    public static final Duration VALID_FOR = Duration.ofMinutes(30);
    /** What anybody who asks is told, whether or not the address has an account. */
    public static final String ANSWER = "If an account exists for that address, we sent it a link to set a new "
            + "password. The link works for 30 minutes. Check your spam folder if it does not arrive.";
    /** One mail per account in this time at most, so the form cannot be used to flood someone's inbox. */
    static final Duration RESEND_PAUSE = Duration.ofMinutes(2);

    public enum LinkState {
        OPEN(""),
        USED("This reset link was already used. Ask for a new one if you still need to reset your password."),
        EXPIRED("This reset link has expired. Ask for a new one: links work for 30 minutes."),
        UNKNOWN("This reset link is not valid. Check that you copied the whole link, or ask for a new one.");

        private final String message;

        LinkState(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final PasswordResetRepository resets;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    PasswordResetService(AccountRepository accounts, MembershipRepository memberships, PasswordResetRepository resets,
            PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock,
            @Value("${clapboard.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.resets = resets;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /**
     * Sends a reset link to {@code email} if it belongs to an account that may sign in; otherwise does nothing,
     * and says nothing about it either way.
     *
     * @throws InputRefusedException with field "email" when the text is not an e-mail address at all
     */
    @Transactional
    public void request(String email) {
        if (!EmailAddresses.isValid(email.strip())) {
            throw new InputRefusedException("email", "Enter your e-mail address, like name@example.com.");
        }
        var now = clock.instant();
        accounts.findByEmail(Account.normalise(email)).filter(Account::isEnabled)
                .filter(account -> !resets.existsByAccountIdAndCreatedAtAfter(account.getId(), now.minus(RESEND_PAUSE)))
                .ifPresent(account -> workspaceFor(account).ifPresent(workspaceId -> {
                    var token = newToken();
                    var reset = resets.save(new PasswordReset(account.getId(), InviteService.hash(token), now,
                            now.plus(VALID_FOR)));
                    events.publishEvent(new PasswordResetRequested(workspaceId, account.getEmail(),
                            account.getDisplayName(), baseUrl + "/reset-password/" + token, reset.getExpiresAt()));
                }));
    }

    public LinkState check(String token) {
        return resets.findByTokenHash(InviteService.hash(token)).map(this::stateOf).orElse(LinkState.UNKNOWN);
    }

    /**
     * Sets the account's password through the link and uses the link up (with any other open link of the account).
     *
     * @return the account's e-mail, to sign in with
     * @throws InputRefusedException with field "password" when the password breaks the policy (the link stays
     *     usable), or without a field when the link is used, expired or unknown
     */
    @Transactional
    public String reset(String token, String newPassword) {
        var reset = resets.lockByTokenHash(InviteService.hash(token))
                .orElseThrow(() -> new InputRefusedException(null, LinkState.UNKNOWN.message()));
        var state = stateOf(reset);
        if (state != LinkState.OPEN) {
            throw new InputRefusedException(null, state.message());
        }
        var account = accounts.findById(reset.getAccountId()).orElseThrow();
        PasswordPolicy.problemWith(newPassword, account.getEmail()).ifPresent(problem -> {
            throw new InputRefusedException("password", problem);
        });
        account.changePassword(passwordEncoder.encode(newPassword));
        resets.useAllOf(account.getId(), clock.instant());
        return account.getEmail();
    }

    private LinkState stateOf(PasswordReset reset) {
        if (reset.isUsed()) {
            return LinkState.USED;
        }
        return reset.isExpiredAt(clock.instant()) ? LinkState.EXPIRED : LinkState.OPEN;
    }

    /** The workspace whose outbox sends the mail: the one used last, else any active seat. */
    private java.util.Optional<Long> workspaceFor(Account account) {
        var seats = memberships.seatsOf(account.getId()).stream().filter(SeatRow::enabled).toList();
        return seats.stream().filter(s -> Objects.equals(s.workspaceId(), account.getLastWorkspaceId()))
                .findFirst().or(() -> seats.stream().findFirst()).map(SeatRow::workspaceId);
    }

    private String newToken() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
