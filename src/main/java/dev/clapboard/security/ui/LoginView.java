package dev.clapboard.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.clapboard.security.LoginThrottledException;
import dev.clapboard.security.SecondFactorRequiredException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Sign-in with e-mail and password. The form posts to Spring Security; failures come back as {@code ?error}. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Clapboard")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    static final String WRONG_CREDENTIALS = "Incorrect e-mail or password. Check both and try again.";
    static final String DISABLED = "This account is disabled. Ask an admin of your workspace to enable it.";
    static final String LOCKED = "This account is locked after too many failed sign-ins. Try again later.";

    static String throttled(long minutes) {
        return "Too many sign-in attempts. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
    }

    private final AuthenticationContext authenticationContext;
    final LoginForm form = new LoginForm();
    private String errorMessage = WRONG_CREDENTIALS;

    LoginView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        addClassName("login-view");

        form.setAction("login");
        // The reset pages belong to the workspace feature, which depends on this one: linked by route name.
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        form.setI18n(texts(WRONG_CREDENTIALS));

        var logo = new Image("images/clapboard.svg", "");
        logo.addClassName("login-logo");
        var brand = new Div(logo, new Div(new Div("Clapboard"), new Paragraph("AI video campaigns, together")));
        brand.addClassName("login-brand");
        add(brand, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            var failure = lastFailure();
            if (failure instanceof SecondFactorRequiredException) {
                // The password was right; the code page (workspace feature) is linked by route name.
                event.forwardTo("two-factor");
                return;
            }
            errorMessage = messageFor(failure);
            form.setI18n(texts(errorMessage));
            form.setError(true);
        }
    }

    /** The message the form shows when sign-in failed. */
    String errorMessage() {
        return errorMessage;
    }

    private static @Nullable Object lastFailure() {
        var session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    static String messageFor(@Nullable Object failure) {
        if (failure instanceof DisabledException) {
            return DISABLED;
        }
        if (failure instanceof LoginThrottledException throttled) {
            return throttled(throttled.minutesToWait());
        }
        if (failure instanceof LockedException) {
            return LOCKED;
        }
        return WRONG_CREDENTIALS;
    }

    private static LoginI18n texts(String errorMessage) {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("E-mail");
        i18n.getForm().setSubmit("Sign in");
        i18n.getForm().setForgotPassword("Forgot password?");
        i18n.getErrorMessage().setTitle("Could not sign you in");
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }
}
