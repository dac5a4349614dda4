package dev.clapboard.api.web;

import dev.clapboard.security.ClapboardUser;
import java.io.Serial;
import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * A call authenticated by an API token: the principal is a {@link ClapboardUser} of the token's workspace (so
 * tenancy and the services' role checks work as for a member); the authorities are its role's plus one
 * {@code SCOPE_...} per scope.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final ClapboardUser principal;
    private final long tokenId;
    private final String tokenName;

    ApiTokenAuthentication(ClapboardUser principal, long tokenId, String tokenName,
            Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.principal = principal;
        this.tokenId = tokenId;
        this.tokenName = tokenName;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public ClapboardUser getPrincipal() {
        return principal;
    }

    long tokenId() {
        return tokenId;
    }

    String tokenName() {
        return tokenName;
    }

    long workspaceId() {
        return principal.workspaceId();
    }
}
