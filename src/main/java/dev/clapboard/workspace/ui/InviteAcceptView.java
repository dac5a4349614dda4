package dev.clapboard.workspace.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.clapboard.workspace.AcceptInvite;
import dev.clapboard.workspace.InputRefusedException;
import dev.clapboard.workspace.InviteLink;
import dev.clapboard.workspace.InviteService;
import dev.clapboard.workspace.MemberSignIn;
import dev.clapboard.workspace.PasswordPolicy;
import org.springframework.security.core.AuthenticationException;

/**
 * The page behind an invite link. A new person sets their name and password; someone who already has an
 * account for the invited address confirms with its current password (no new password). Either way they
 * are signed in and land in the workspace. A dead link says why and creates nothing.
 */
@Route(value = "invite/:token", autoLayout = false)
@PageTitle("Join a workspace · Clapboard")
@AnonymousAllowed
class InviteAcceptView extends Main implements BeforeEnterObserver {

    private final InviteService invites;
    private final MemberSignIn memberSignIn;
    private String token = "";
    private InviteLink link = new InviteLink(InviteLink.State.UNKNOWN, "", "", "", false);

    final TextField name = new TextField("Your name");
    final PasswordField password = new PasswordField("Password");
    final Button join = new Button("Join", e -> submit());
    final Paragraph status = new Paragraph();

    InviteAcceptView(InviteService invites, MemberSignIn memberSignIn) {
        this.invites = invites;
        this.memberSignIn = memberSignIn;
        addClassName("setup-view");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        link = invites.check(token);
        removeAll();
        if (link.state() != InviteLink.State.OPEN) {
            closed(link.state().message());
            return;
        }
        var intro = new Paragraph("You are invited to " + link.workspaceName() + " as " + Format.role(link.role())
                + ", with the e-mail address " + link.email() + ".");
        join.setText("Join " + link.workspaceName());
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (link.existingAccount()) {
            password.setLabel("Your current Clapboard password");
            form.add(password);
            add(new H1("Join " + link.workspaceName()), intro,
                    new Paragraph("You already have a Clapboard account. Confirm it is you with its password."),
                    form, join, status);
        } else {
            password.setLabel("Choose a password");
            password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; not your e-mail.");
            form.add(name, password);
            add(new H1("Join " + link.workspaceName()), intro, form, join, status);
        }
    }

    private void closed(String message) {
        removeAll();
        add(new H1("This invite can't be used"), new Paragraph(message), new Anchor("login", "Go to sign in"));
    }

    private void submit() {
        for (HasValidation field : new HasValidation[] {name, password}) {
            field.setInvalid(false);
        }
        status.setText("");
        String email;
        try {
            email = invites.accept(token, new AcceptInvite(name.getValue(), password.getValue()));
        } catch (InputRefusedException refused) {
            if (refused.field() == null) {
                closed(refused.getMessage());
                return;
            }
            HasValidation field = "name".equals(refused.field()) ? name : password;
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
            status.setText(refused.getMessage());
            return;
        }
        removeAll();
        try {
            memberSignIn.signIn(email, password.getValue());
        } catch (AuthenticationException notNow) {
            // Joined, but the account cannot sign in right now (e.g. disabled or locked): the login page says why.
            add(new H1("You joined " + link.workspaceName()), new Paragraph("Sign in with " + email + " to continue."),
                    new Anchor("login", "Go to sign in"));
            return;
        }
        add(new H1("Welcome to " + link.workspaceName()), new Paragraph("You are signed in as " + email + "."),
                new Anchor("", "Open " + link.workspaceName()));
        getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
    }
}
