package dev.clapboard.security;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in member: an account acting in its current workspace. Authorities come from the role held
 * in that workspace only, so switching workspace switches permissions.
 */
public final class ClapboardUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String email;
    private final String displayName;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final @Nullable Instant lockedUntil;
    private final WorkspaceSeat current;
    private final List<WorkspaceSeat> seats;
    private final boolean twoFactor;

    public ClapboardUser(long accountId, String email, String displayName, @Nullable String passwordHash,
            boolean enabled, @Nullable Instant lockedUntil, WorkspaceSeat current, List<WorkspaceSeat> seats) {
        this(accountId, email, displayName, passwordHash, enabled, lockedUntil, current, seats, false);
    }

    /** @param twoFactor the account signs in with a code as well: the password alone signs nobody in */
    public ClapboardUser(long accountId, String email, String displayName, @Nullable String passwordHash,
            boolean enabled, @Nullable Instant lockedUntil, WorkspaceSeat current, List<WorkspaceSeat> seats,
            boolean twoFactor) {
        this.twoFactor = twoFactor;
        this.accountId = accountId;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.current = current;
        this.seats = List.copyOf(seats);
    }

    public long accountId() {
        return accountId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public long workspaceId() {
        return current.workspaceId();
    }

    public String workspaceName() {
        return current.workspaceName();
    }

    public String role() {
        return current.role();
    }

    /** Every workspace this account belongs to, the current one included. */
    public List<WorkspaceSeat> seats() {
        return seats;
    }

    public boolean hasTwoFactor() {
        return twoFactor;
    }

    public boolean hasRole(String role) {
        return Roles.includedIn(current.role()).contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return Roles.includedIn(current.role()).stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClapboardUser other && other.accountId == accountId
                && other.current.workspaceId() == current.workspaceId();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId) * 31 + Long.hashCode(current.workspaceId());
    }

    @Override
    public String toString() {
        return "ClapboardUser[" + email + " in workspace " + current.workspaceId() + " as " + current.role() + "]";
    }
}
