package dev.clapboard.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.clapboard.base.ui.FieldErrors;
import dev.clapboard.workspace.InputRefusedException;
import dev.clapboard.workspace.TwoFactorService;
import dev.clapboard.workspace.TwoFactorSetup;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * "Two-factor sign-in" on My account: turn it on (QR code or the secret typed by hand, confirmed with a code
 * from the app; recovery codes shown once) or off (with the password or a current code).
 */
class TwoFactorSection extends Div {

    static final String REQUIRED_NOTICE = "Your workspace requires two-factor sign-in for admins. Turn it on to "
            + "continue: until then, this is the only page you can open.";

    private final TwoFactorService twoFactor;
    final Paragraph status = new Paragraph();
    final Button turnOn = new Button("Turn on two-factor sign-in", e -> start());
    final TextField code = new TextField("Code from the app");
    final Button confirm = new Button("Confirm and turn on", e -> confirm());
    final PasswordField confirmation = new PasswordField("Password or current code");
    final Button turnOff = new Button("Turn off two-factor sign-in", e -> turnOff());
    final UnorderedList recoveryCodes = new UnorderedList();
    private final Paragraph errorLine = new Paragraph();
    private final FieldErrors errors = new FieldErrors(errorLine);
    @Nullable TwoFactorSetup setup;

    TwoFactorSection(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
        addClassName("two-factor");
        turnOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        turnOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        errors.field("code", code).field("confirmation", confirmation);
        showStatus();
    }

    private void showStatus() {
        removeAll();
        errors.clear();
        var now = twoFactor.status();
        if (now.on()) {
            status.setText("Two-factor sign-in is on: you sign in with your password and a code from your "
                    + "authenticator app. Recovery codes left: " + now.recoveryCodesLeft() + ".");
            confirmation.clear();
            add(status, confirmation, errorLine, turnOff);
        } else {
            status.setText(now.setupRequired() ? REQUIRED_NOTICE
                    : "Two-factor sign-in is off. With it on, a stolen password alone cannot open your account.");
            status.getClassNames().set("two-factor-required", now.setupRequired());
            add(status, turnOn);
        }
    }

    private void start() {
        var started = twoFactor.start();
        setup = started;
        code.clear();
        var svg = Base64.getEncoder().encodeToString(started.qrCodeSvg().getBytes(StandardCharsets.UTF_8));
        var qr = new Image("data:image/svg+xml;base64," + svg, "QR code to scan with your authenticator app");
        qr.addClassName("two-factor-qr");
        removeAll();
        add(new Paragraph("Scan this QR code with your authenticator app (for example Google Authenticator, "
                + "Microsoft Authenticator, 1Password or Aegis), or type the key into it by hand."), qr,
                new Paragraph("Key: " + started.secret()), new Pre(started.otpauthUri()),
                new Paragraph("Then enter the 6-digit code the app shows, to confirm it works."), code, errorLine,
                confirm, new Button("Cancel", e -> {
                    setup = null;
                    showStatus();
                }));
    }

    private void confirm() {
        var started = setup;
        if (started == null) {
            return;
        }
        errors.clear();
        List<String> codes;
        try {
            codes = twoFactor.turnOn(started.secret(), code.getValue());
        } catch (InputRefusedException refused) {
            errors.show(refused);
            return;
        }
        setup = null;
        recoveryCodes.removeAll();
        codes.forEach(c -> recoveryCodes.add(new ListItem(c)));
        removeAll();
        add(new Paragraph("Two-factor sign-in is on. Keep these recovery codes somewhere safe: each one signs you "
                + "in once if you lose your phone. They are shown only now."), recoveryCodes,
                new Button("I saved my recovery codes", e -> showStatus()));
        Notification.show("Two-factor sign-in is on.", 3000, Notification.Position.BOTTOM_START);
    }

    private void turnOff() {
        errors.clear();
        try {
            twoFactor.turnOff(confirmation.getValue());
        } catch (InputRefusedException refused) {
            errors.show(refused);
            return;
        }
        showStatus();
        Notification.show("Two-factor sign-in is off.", 3000, Notification.Position.BOTTOM_START);
    }
}
