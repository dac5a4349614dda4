package dev.clapboard.workspace;

import com.vaadin.flow.server.VaadinSession;
import dev.clapboard.security.ClapboardUser;
import dev.clapboard.security.Roles;
import dev.clapboard.workspace.domain.AccountRepository;
import dev.clapboard.workspace.domain.MembershipRepository;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a member out on their next request once an admin disabled or removed them (or disabled the account),
 * or once the account's password changed in another session (My account, reset by e-mail): the session is
 * invalidated, so the open page shows "session ended" and leads to the login, which refuses
 * them. Runs inside Spring Security's filter chain, after the session's member is known. Checking the database
 * on each request (one indexed count) keeps this right on every node of a cluster, unlike a session registry.
 */
@Component
class ActiveMemberFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ActiveMemberFilter.class);

    /** The account's credentials version this session signed in under. */
    static final String CREDENTIALS_VERSION = ActiveMemberFilter.class.getName() + ".credentialsVersion";

    private final MembershipRepository memberships;
    private final AccountRepository accounts;

    ActiveMemberFilter(MembershipRepository memberships, AccountRepository accounts) {
        this.memberships = memberships;
        this.accounts = accounts;
    }

    /** The member changed their own password in this session: this one stays signed in, the others end. */
    static void keepCurrentSession(int credentialsVersion) {
        var session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(CREDENTIALS_VERSION, credentialsVersion);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ClapboardUser user
                && !user.role().equals(Roles.SYSTEM)
                && (memberships.countActive(user.workspaceId(), user.accountId()) == 0
                        || passwordChangedSince(request, user))) {
            log.info("Signing out {}: no longer an active member of workspace {}, or the password changed",
                    user.email(), user.workspaceId());
            SecurityContextHolder.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    /** The first request after sign-in notes the version; a later request that finds another one is refused. */
    private boolean passwordChangedSince(HttpServletRequest request, ClapboardUser user) {
        var session = request.getSession(false);
        if (session == null) {
            return false;
        }
        int current = accounts.credentialsVersion(user.accountId()).orElse(-1);
        if (!(session.getAttribute(CREDENTIALS_VERSION) instanceof Integer signedInUnder)) {
            session.setAttribute(CREDENTIALS_VERSION, current);
            return false;
        }
        return signedInUnder != current;
    }
}
