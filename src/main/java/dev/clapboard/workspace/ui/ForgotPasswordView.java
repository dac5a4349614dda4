package dev.clapboard.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.clapboard.workspace.InputRefusedException;
import dev.clapboard.workspace.PasswordResetService;

/** "Forgot password?" from the login page: asks for the e-mail and answers the same whether an account exists. */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Reset your password · Clapboard")
@AnonymousAllowed
class ForgotPasswordView extends Main {

    private final PasswordResetService resets;
    final EmailField email = new EmailField("E-mail");
    final Button send = new Button("Send reset link", e -> submit());

    ForgotPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("setup-view");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        email.setWidthFull();
        add(new H1("Reset your password"),
                new Paragraph("Enter the e-mail address you sign in with. We'll send you a link to set a new password."),
                email, send, new Anchor("login", "Back to sign in"));
    }

    private void submit() {
        email.setInvalid(false);
        try {
            resets.request(email.getValue());
        } catch (InputRefusedException refused) {
            email.setErrorMessage(refused.getMessage());
            email.setInvalid(true);
            return;
        }
        removeAll();
        add(new H1("Check your e-mail"), new Paragraph(PasswordResetService.ANSWER), new Anchor("login", "Back to sign in"));
    }
}
