package dev.clapboard.api;

import dev.clapboard.api.domain.ApiToken;
import dev.clapboard.api.domain.ApiTokenRepository;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.workspace.WorkspaceService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's API tokens, managed by admins. A secret is {@code cbk_} and 43 random characters, shown once
 * at creation and stored only as its SHA-256 hash (a fast hash is enough for 256 random bits). A token's calls
 * act with the account of the admin who created it, in the role its scopes need ({@link ApiScope#roleFor}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class ApiTokenService {

    public static final String SECRET_PREFIX = "cbk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final WorkspaceService workspaces;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, WorkspaceService workspaces, CurrentUser currentUser, Clock clock) {
        this.tokens = tokens;
        this.workspaces = workspaces;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public Page<ApiTokenSummary> list(Pageable pageable) {
        var page = tokens.findAllByOrderByCreatedAtDescIdDesc(pageable);
        var names = workspaces.membersById(page.stream().map(ApiToken::getCreatedBy).collect(Collectors.toSet()));
        return page.map(t -> summary(t, names.containsKey(t.getCreatedBy())
                ? names.get(t.getCreatedBy()).displayName() : "Former member"));
    }

    /** The tokens {@code accountId} created in this workspace, oldest first: never a secret or its hash. */
    @PreAuthorize("hasRole('ADMIN') or #accountId == principal.accountId()")
    public Page<ApiTokenSummary> createdBy(long accountId, Pageable pageable) {
        var name = workspaces.membersById(java.util.Set.of(accountId)).values().stream().findFirst()
                .map(m -> m.displayName()).orElse("Former member");
        return tokens.findByCreatedByOrderByIdAsc(accountId, pageable).map(t -> summary(t, name));
    }

    /**
     * Creates a token and returns its secret, which is not shown again.
     *
     * @throws IllegalArgumentException naming what is wrong with {@code draft}; nothing is stored then
     */
    @Transactional
    public NewApiToken create(ApiTokenDraft draft) {
        var name = draft.name().strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Give the token a name.");
        }
        if (name.length() > ApiTokenDraft.NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("Keep the name within " + ApiTokenDraft.NAME_MAX_LENGTH + " characters.");
        }
        if (draft.scopes().isEmpty()) {
            throw new IllegalArgumentException("Choose at least one scope.");
        }
        if (draft.validDays() < 1 || draft.validDays() > ApiTokenDraft.MAX_VALID_DAYS) {
            throw new IllegalArgumentException("A token is valid for 1 to " + ApiTokenDraft.MAX_VALID_DAYS + " days.");
        }
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = clock.instant();
        var admin = currentUser.require();
        var token = tokens.save(new ApiToken(name, hash(secret), secret.substring(0, SECRET_PREFIX.length() + 6),
                encode(draft.scopes()), admin.accountId(), now, now.plus(Duration.ofDays(draft.validDays()))));
        return new NewApiToken(summary(token, admin.displayName()), secret);
    }

    /** Stops the token at once; its next call is answered 401. Revoking twice is harmless. */
    @Transactional
    public void revoke(long tokenId) {
        tokens.findById(tokenId).orElseThrow(() -> new IllegalArgumentException("There is no such token."))
                .revoke(clock.instant());
    }

    /** SHA-256 of the whole secret, hex; how a call's bearer token is looked up. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Set<ApiScope> decode(String scopes) {
        var set = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(scopes.split(" ")).map(ApiScope::of).forEach(s -> s.ifPresent(set::add));
        return set;
    }

    private static String encode(Set<ApiScope> scopes) {
        return EnumSet.copyOf(scopes).stream().map(ApiScope::value).collect(Collectors.joining(" "));
    }

    private static ApiTokenSummary summary(ApiToken t, String createdBy) {
        var scopes = decode(t.getScopes());
        return new ApiTokenSummary(t.getId(), t.getName(), t.getSecretHint(), scopes, ApiScope.roleFor(scopes),
                createdBy, t.getCreatedAt(), t.getExpiresAt(), t.getLastUsedAt(), t.getRevokedAt());
    }
}
