package dev.clapboard.workspace;

import dev.clapboard.security.Roles;
import dev.clapboard.workspace.domain.Account;
import dev.clapboard.workspace.domain.AccountRepository;
import dev.clapboard.workspace.domain.Membership;
import dev.clapboard.workspace.domain.MembershipRepository;
import dev.clapboard.workspace.domain.Workspace;
import dev.clapboard.workspace.domain.WorkspaceRepository;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * First-run setup of an install with an empty database: a one-time link, kept in memory only, lets the
 * first person create the first workspace and its admin. Once any workspace exists the link is dead.
 */
@Service
public class WorkspaceSetupService {

    private final WorkspaceRepository workspaces;
    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final AtomicReference<@Nullable String> openToken = new AtomicReference<>();
    private final AtomicReference<@Nullable String> usedToken = new AtomicReference<>();

    WorkspaceSetupService(WorkspaceRepository workspaces, AccountRepository accounts, MembershipRepository memberships,
            PasswordEncoder passwordEncoder, Clock clock) {
        this.workspaces = workspaces;
        this.accounts = accounts;
        this.memberships = memberships;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Hands out a new setup link token when the database holds no workspace; empty otherwise. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public java.util.Optional<String> openIfEmpty() {
        if (workspaces.count() > 0) {
            return java.util.Optional.empty();
        }
        var bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        openToken.set(token);
        return java.util.Optional.of(token);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public SetupLinkState state(String token) {
        if (matches(openToken.get(), token)) {
            return workspaces.count() == 0 ? SetupLinkState.OPEN : SetupLinkState.USED;
        }
        return matches(usedToken.get(), token) ? SetupLinkState.USED : SetupLinkState.UNKNOWN;
    }

    /** @throws SetupRefusedException when the link is not open, or the input breaks a rule (with the reason) */
    @Transactional
    @PreAuthorize("permitAll()")
    public synchronized void complete(String token, FirstWorkspace input) {
        switch (state(token)) {
            case USED -> throw new SetupRefusedException(null, "This setup link has already been used. Sign in instead.");
            case UNKNOWN -> throw new SetupRefusedException(null, "This setup link is not valid. Use the link from the server log.");
            case OPEN -> { }
        }
        validate(input);
        var now = clock.instant();
        var workspace = workspaces.save(new Workspace(input.workspaceName().strip(), now));
        var account = new Account(input.email(), input.adminName().strip(), passwordEncoder.encode(input.password()), now);
        account.setLastWorkspaceId(workspace.getId());
        accounts.save(account);
        memberships.save(new Membership(workspace.getId(), account.getId(), Roles.ADMIN, now));
        usedToken.set(openToken.getAndSet(null));
    }

    private static void validate(FirstWorkspace input) {
        if (input.workspaceName().isBlank() || input.workspaceName().strip().length() > Workspace.NAME_MAX_LENGTH) {
            throw new SetupRefusedException("workspaceName", "Enter a workspace name of 1 to " + Workspace.NAME_MAX_LENGTH + " characters.");
        }
        if (input.adminName().isBlank() || input.adminName().strip().length() > Account.NAME_MAX_LENGTH) {
            throw new SetupRefusedException("adminName", "Enter your name, 1 to " + Account.NAME_MAX_LENGTH + " characters.");
        }
        if (!EmailAddresses.isValid(input.email())) {
            throw new SetupRefusedException("email", "Enter a valid e-mail address, such as name@example.com.");
        }
        PasswordPolicy.problemWith(input.password(), input.email()).ifPresent(problem -> {
            throw new SetupRefusedException("password", problem);
        });
    }

    private static boolean matches(@Nullable String expected, String given) {
        return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
