package dev.clapboard.workspace.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.clapboard.base.ui.FieldErrors;
import dev.clapboard.workspace.InputRefusedException;
import dev.clapboard.workspace.TwoFactorSignIn;

/**
 * The second sign-in step for members with two-factor sign-in: the login page forwards here once the password
 * was accepted. Until the code is right nobody is signed in, so every other page still leads to the login.
 */
@Route(value = "two-factor", autoLayout = false)
@PageTitle("Two-factor sign-in · Clapboard")
@AnonymousAllowed
class TwoFactorView extends Main implements BeforeEnterObserver {

    static final String NOTHING_PENDING = "No sign-in is waiting for a code. Sign in with your e-mail and password "
            + "first; if it took more than 5 minutes, sign in again.";

    private final TwoFactorSignIn signIn;
    final TextField code = new TextField("Code");
    final Button verify = new Button("Sign in", e -> verify());
    final Paragraph status = new Paragraph();
    private final FieldErrors errors = new FieldErrors(status);

    TwoFactorView(TwoFactorSignIn signIn) {
        this.signIn = signIn;
        addClassName("setup-view");
        code.setHelperText("The 6-digit code from your authenticator app, or one of your recovery codes.");
        code.setAutofocus(true);
        code.setWidthFull();
        code.getElement().setAttribute("autocomplete", "one-time-code");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        errors.field("code", code);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var email = signIn.pendingEmail();
        removeAll();
        if (email.isEmpty()) {
            // opened directly, or the 5 minutes after the password ran out
            add(new H1("Two-factor sign-in"), new Paragraph(NOTHING_PENDING), new Anchor("login", "Go to sign in"));
            return;
        }
        add(new H1("Two-factor sign-in"), new Paragraph("Your password for " + email.get() + " is right. Enter the "
                + "code your authenticator app shows for Clapboard."), code, status, verify,
                new Anchor("login", "Start again"));
    }

    private void verify() {
        errors.clear();
        try {
            signIn.complete(code.getValue());
        } catch (InputRefusedException refused) {
            code.clear();
            if (refused.field() == null) {
                // the pending step ran out or the account changed: only a new password step helps
                removeAll();
                add(new H1("Two-factor sign-in"), new Paragraph(refused.getMessage()),
                        new Anchor("login", "Sign in again"));
                return;
            }
            errors.show(refused);
            return;
        }
        // a page load in the new session, the way a password-only sign-in arrives
        getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
    }
}
