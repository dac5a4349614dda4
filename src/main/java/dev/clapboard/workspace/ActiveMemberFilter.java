package dev.clapboard.workspace;

import dev.clapboard.security.ClapboardUser;
import dev.clapboard.security.Roles;
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
 * Signs a member out on their next request once an admin disabled or removed them (or disabled the account):
 * the session is invalidated, so the open page shows "session ended" and leads to the login, which refuses
 * them. Runs inside Spring Security's filter chain, after the session's member is known. Checking the database
 * on each request (one indexed count) keeps this right on every node of a cluster, unlike a session registry.
 */
@Component
class ActiveMemberFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ActiveMemberFilter.class);

    private final MembershipRepository memberships;

    ActiveMemberFilter(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ClapboardUser user
                && !user.role().equals(Roles.SYSTEM)
                && memberships.countActive(user.workspaceId(), user.accountId()) == 0) {
            log.info("Signing out {}: no longer an active member of workspace {}", user.email(), user.workspaceId());
            SecurityContextHolder.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
