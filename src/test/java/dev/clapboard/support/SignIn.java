package dev.clapboard.support;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Signs in through the app's real {@link AuthenticationManager} (the one the login form posts to), so a
 * wrong password fails here exactly as it does in the browser.
 */
@Component
public class SignIn {

    private final AuthenticationManager authenticationManager;

    SignIn(AuthenticationManager authenticationManager) {
        this.authenticationManager = authenticationManager;
    }

    public Authentication as(DemoLogins login) {
        return as(login.email, login.password);
    }

    public Authentication as(String email, String password) {
        var authentication = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, password));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        return authentication;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
