package dev.clapboard.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.WebAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops a sign-in post before the password is checked when {@link LoginThrottle} says the account or the
 * address must wait, even if the password is right: otherwise a guesser would learn it from the answer. The
 * refusal takes the same way back as any failed sign-in (the exception in the session, then {@code /login?error}),
 * so the login page words it.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().equals(request.getContextPath() + "/login");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var email = request.getParameter("username");
        var wait = throttle.waitBefore(email == null ? "" : email, request.getRemoteAddr());
        if (wait.isPresent()) {
            request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                    new LoginThrottledException(wait.get()));
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        chain.doFilter(request, response);
    }
}
