package dev.clapboard.workspace;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import dev.clapboard.security.ClapboardUser;
import dev.clapboard.security.CurrentUser;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Signs a person in from a page (e.g. right after accepting an invite) through the same authentication
 * manager the login form uses, with a fresh session id against session fixation.
 */
@Component
public class MemberSignIn {

    private final AuthenticationManager authenticationManager;
    private final CurrentUser currentUser;

    MemberSignIn(AuthenticationManager authenticationManager, CurrentUser currentUser) {
        this.authenticationManager = authenticationManager;
        this.currentUser = currentUser;
    }

    public ClapboardUser signIn(String email, String password) {
        var authentication = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, password));
        var user = (ClapboardUser) authentication.getPrincipal();
        signInChecked(user);
        return user;
    }

    /** Signs in a member whose credentials were checked already (both factors, {@link TwoFactorSignIn}). */
    void signInChecked(ClapboardUser user) {
        var request = VaadinRequest.getCurrent();
        if (request != null) {
            VaadinService.reinitializeSession(request);
        }
        currentUser.replace(user);
    }
}
