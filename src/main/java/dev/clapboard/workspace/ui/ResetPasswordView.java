package dev.clapboard.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.clapboard.workspace.InputRefusedException;
import dev.clapboard.workspace.PasswordPolicy;
import dev.clapboard.workspace.PasswordResetService;

/** The page behind a reset link: a new password, or a clear page saying why the link no longer works. */
@Route(value = "reset-password/:token", autoLayout = false)
@PageTitle("Set a new password · Clapboard")
@AnonymousAllowed
class ResetPasswordView extends Main implements BeforeEnterObserver {

    static final String DONE = "Your password is changed. Every session signed in with the old one has ended.";

    private final PasswordResetService resets;
    private String token = "";
    final PasswordField password = new PasswordField("New password");
    final Button save = new Button("Set password", e -> submit());

    ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("setup-view");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        password.setWidthFull();
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; not your e-mail.");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        var state = resets.check(token);
        removeAll();
        if (state != PasswordResetService.LinkState.OPEN) {
            closed(state.message());
            return;
        }
        add(new H1("Set a new password"), password, save);
    }

    private void closed(String message) {
        removeAll();
        add(new H1("This link can't be used"), new Paragraph(message),
                new Anchor("forgot-password", "Ask for a new link"), new Anchor("login", "Go to sign in"));
    }

    private void submit() {
        password.setInvalid(false);
        String email;
        try {
            email = resets.reset(token, password.getValue());
        } catch (InputRefusedException refused) {
            if (refused.field() == null) {
                closed(refused.getMessage());
                return;
            }
            password.setErrorMessage(refused.getMessage());
            password.setInvalid(true);
            return;
        }
        removeAll();
        add(new H1("Password changed"), new Paragraph(DONE),
                new Anchor("login", "Sign in as " + email));
    }
}
