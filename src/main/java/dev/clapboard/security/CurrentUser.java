package dev.clapboard.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** The member signed in on this request (or the system actor of a background job). */
@Component
public class CurrentUser {

    private final SecurityContextRepository sessionRepository = new HttpSessionSecurityContextRepository();

    public Optional<ClapboardUser> get() {
        return find();
    }

    public ClapboardUser require() {
        return find().orElseThrow(() -> new IllegalStateException("No member is signed in"));
    }

    /**
     * Puts {@code user} in place of the signed-in member for this and every later request of the session,
     * e.g. after switching workspace.
     */
    public void replace(ClapboardUser user) {
        var context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            sessionRepository.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
        }
    }

    static Optional<ClapboardUser> find() {
        Authentication authentication = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ClapboardUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
