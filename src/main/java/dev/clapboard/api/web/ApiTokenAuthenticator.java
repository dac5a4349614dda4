package dev.clapboard.api.web;

import dev.clapboard.api.ApiScope;
import dev.clapboard.api.ApiTokenService;
import dev.clapboard.security.ClapboardUser;
import dev.clapboard.security.Roles;
import dev.clapboard.security.WorkspaceSeat;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Turns a bearer secret into the calling service member. Nobody is signed in yet, so the token (and its
 * workspace) is read with plain SQL by the hash of the secret, like the provider webhooks read their endpoint.
 * A token works only while its creator is still an admin of the workspace.
 */
@Component
class ApiTokenAuthenticator {

    /** Either the authentication, or why the secret is refused (told to the caller: it names no other token). */
    record Outcome(@Nullable ApiTokenAuthentication authentication, String refusal) {
    }

    private record Row(long id, long workspaceId, String name, String scopes, Timestamp expiresAt,
            @Nullable Timestamp revokedAt, long createdBy, String workspaceName, @Nullable String creatorRole,
            String creatorEmail) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokenAuthenticator(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Outcome authenticate(String secret) {
        var row = jdbc.sql("""
                select t.id, t.workspace_id, t.name, t.scopes, t.expires_at, t.revoked_at, t.created_by, w.name,
                       m.role, a.email
                from api_token t
                join workspace w on w.id = t.workspace_id
                join account a on a.id = t.created_by
                left join membership m on m.workspace_id = t.workspace_id and m.account_id = t.created_by
                where t.secret_hash = ?""").param(ApiTokenService.hash(secret))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5), rs.getTimestamp(6), rs.getLong(7), rs.getString(8), rs.getString(9),
                        rs.getString(10)))
                .optional().orElse(null);
        if (row == null) {
            return refused("The token is not valid.");
        }
        var now = clock.instant();
        if (row.revokedAt() != null) {
            return refused("The token was revoked.");
        }
        if (!row.expiresAt().toInstant().isAfter(now)) {
            return refused("The token has expired.");
        }
        if (!Roles.ADMIN.equals(row.creatorRole())) {
            return refused("The admin who created the token is no longer an admin of the workspace.");
        }
        jdbc.sql("update api_token set last_used_at = ? where id = ?").params(Timestamp.from(now), row.id()).update();
        var scopes = ApiTokenService.decode(row.scopes());
        var seat = new WorkspaceSeat(row.workspaceId(), row.workspaceName(), ApiScope.roleFor(scopes));
        var member = new ClapboardUser(row.createdBy(), row.creatorEmail(), "API token “" + row.name() + "”", null,
                true, null, seat, List.of(seat));
        var authorities = new ArrayList<GrantedAuthority>(member.getAuthorities());
        scopes.forEach(s -> authorities.add(new SimpleGrantedAuthority(s.authority())));
        return new Outcome(new ApiTokenAuthentication(member, row.id(), row.name(), authorities), "");
    }

    private static Outcome refused(String reason) {
        return new Outcome(null, reason);
    }
}
