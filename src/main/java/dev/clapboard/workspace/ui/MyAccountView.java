package dev.clapboard.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clapboard.base.ui.FieldErrors;
import dev.clapboard.workspace.InputRefusedException;
import dev.clapboard.workspace.MyAccountService;
import dev.clapboard.workspace.PasswordPolicy;
import dev.clapboard.workspace.TwoFactorService;
import jakarta.annotation.security.PermitAll;

/**
 * Every member's own page: their name, their password, two-factor sign-in, and how much of this month's quota
 * they spent.
 */
@Route("account")
@PageTitle("My account · Clapboard")
@Menu(order = 100, icon = "vaadin:user", title = "My account")
@PermitAll
class MyAccountView extends Main {

    private final MyAccountService account;

    final TextField name = new TextField("Name");
    final Button saveName = new Button("Save name", e -> rename());
    final Paragraph nameStatus = new Paragraph();
    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final Button changePassword = new Button("Change password", e -> changePassword());
    final Paragraph passwordStatus = new Paragraph();
    final Div quotas = new Div();
    private final FieldErrors nameErrors = new FieldErrors(nameStatus);
    private final FieldErrors passwordErrors = new FieldErrors(passwordStatus);
    final TwoFactorSection twoFactor;

    MyAccountView(MyAccountService account, TwoFactorService twoFactorService) {
        this.account = account;
        this.twoFactor = new TwoFactorSection(twoFactorService);
        addClassName("form-view");
        var me = account.me();
        name.setValue(me.displayName());
        newPassword.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; not your e-mail.");
        nameErrors.field("name", name);
        passwordErrors.field("currentPassword", currentPassword).field("newPassword", newPassword);
        var profile = new FormLayout(name);
        profile.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var password = new FormLayout(currentPassword, newPassword);
        password.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(new Paragraph(me.email() + " · " + Format.role(me.role()) + " in " + me.workspaceName()),
                new H2("Profile"), profile, nameStatus, saveName,
                new H2("Password"), password, passwordStatus, changePassword,
                new H2("Two-factor sign-in"), twoFactor,
                new H2("Generation quota this month"), quotas,
                // by address: the notification module depends on workspace, never the other way round
                new H2("Notifications"),
                new Anchor("notifications/settings", "Choose which notifications also come by e-mail"),
                // by address too: the privacy module reads every feature, so it depends on workspace
                new H2("Your data"), new Anchor("account/data", "Download my data"));
        showQuotas();
    }

    private void showQuotas() {
        var me = account.me();
        quotas.removeAll();
        quotas.add(Format.bar("Your video", me.quota().secondsShare(), Format.seconds(me.quota())),
                Format.bar("Your spend", me.quota().eurosShare(), Format.euros(me.quota())),
                Format.bar("Workspace video", me.workspaceQuota().secondsShare(), Format.seconds(me.workspaceQuota())),
                Format.bar("Workspace spend", me.workspaceQuota().eurosShare(), Format.euros(me.workspaceQuota())));
    }

    private void rename() {
        nameErrors.clear();
        try {
            account.rename(name.getValue());
            nameStatus.setText("Name saved.");
            Notification.show("Name saved.", 3000, Notification.Position.BOTTOM_START);
        } catch (InputRefusedException refused) {
            nameErrors.show(refused);
        }
    }

    private void changePassword() {
        passwordErrors.clear();
        try {
            account.changePassword(currentPassword.getValue(), newPassword.getValue());
            currentPassword.clear();
            newPassword.clear();
            passwordStatus.setText("Password changed.");
            Notification.show("Password changed.", 3000, Notification.Position.BOTTOM_START);
        } catch (InputRefusedException refused) {
            passwordErrors.show(refused);
        }
    }
}
