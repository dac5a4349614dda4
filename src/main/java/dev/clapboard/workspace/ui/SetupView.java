package dev.clapboard.workspace.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.clapboard.workspace.FirstWorkspace;
import dev.clapboard.workspace.PasswordPolicy;
import dev.clapboard.workspace.SetupLinkState;
import dev.clapboard.workspace.SetupRefusedException;
import dev.clapboard.workspace.WorkspaceSetupService;

/** The page behind the one-time setup link of a fresh production install. */
@Route(value = "setup/:token", autoLayout = false)
@PageTitle("Set up Clapboard")
@AnonymousAllowed
class SetupView extends Main implements BeforeEnterObserver {

    private final WorkspaceSetupService setup;
    private String token = "";

    final TextField workspaceName = new TextField("Workspace name");
    final TextField adminName = new TextField("Your name");
    final EmailField email = new EmailField("Your e-mail");
    final PasswordField password = new PasswordField("Password");
    final Button create = new Button("Create workspace", e -> submit());
    final Paragraph status = new Paragraph();

    SetupView(WorkspaceSetupService setup) {
        this.setup = setup;
        addClassName("setup-view");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; not your e-mail.");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        for (var field : new HasSize[] {workspaceName, adminName, email, password, create}) {
            field.setWidthFull();
        }
        status.addClassName("form-status");
        add(card(new H1("Set up Clapboard"), new Paragraph("Create the first workspace and its admin account."),
                workspaceName, adminName, email, password, create, status));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        switch (setup.state(token)) {
            case OPEN -> { }
            case USED -> closed("This setup link has already been used. Sign in instead.");
            case UNKNOWN -> closed("This setup link is not valid. Use the link from the server log.");
        }
    }

    private void closed(String message) {
        removeAll();
        add(card(new H1("Set up Clapboard"), new Paragraph(message), new Anchor("login", "Go to sign in")));
    }

    private static Div card(Component... content) {
        var card = new Div(content);
        card.addClassName("form-card");
        return card;
    }

    private void submit() {
        clearErrors();
        try {
            setup.complete(token, new FirstWorkspace(workspaceName.getValue(), adminName.getValue(),
                    email.getValue(), password.getValue()));
            removeAll();
            add(card(new H1("Your workspace is ready"),
                    new Paragraph("Sign in with " + email.getValue().strip() + " and the password you chose."),
                    new Anchor("login", "Sign in")));
        } catch (SetupRefusedException refused) {
            if (refused.field() == null) {
                closed(refused.getMessage());
                return;
            }
            HasValidation field = switch (refused.field()) {
                case "workspaceName" -> workspaceName;
                case "adminName" -> adminName;
                case "email" -> email;
                default -> password;
            };
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
            status.setText(refused.getMessage());
        }
    }

    private void clearErrors() {
        for (var field : new HasValidation[] {workspaceName, adminName, email, password}) {
            field.setInvalid(false);
        }
        status.setText("");
    }
}
