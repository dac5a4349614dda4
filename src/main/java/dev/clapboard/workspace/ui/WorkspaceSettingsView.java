package dev.clapboard.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clapboard.base.ui.FieldErrors;
import dev.clapboard.security.Roles;
import dev.clapboard.workspace.InputRefusedException;
import dev.clapboard.workspace.Limits;
import dev.clapboard.workspace.TwoFactorService;
import dev.clapboard.workspace.WorkspaceSettings;
import dev.clapboard.workspace.WorkspaceSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.ZoneId;

/** The workspace's name, seats, default and workspace quotas, currency, exchange rate and time zone. */
@Route("settings")
@PageTitle("Workspace settings · Clapboard")
@Menu(order = 95, icon = "vaadin:cog", title = "Workspace settings")
@RolesAllowed(Roles.ADMIN)
class WorkspaceSettingsView extends Main {

    private final WorkspaceSettingsService settings;
    private final TwoFactorService twoFactor;
    final Checkbox adminsNeedTwoFactor = new Checkbox("Require two-factor sign-in for admins");
    private final Binder<WorkspaceSettings> binder = new Binder<>(WorkspaceSettings.class);

    final TextField name = new TextField("Workspace name");
    final IntegerField seatLimit = new IntegerField("Seat limit (members plus pending invites)");
    final IntegerField defaultInviteQuota = new IntegerField("Invites per new member");
    final IntegerField defaultMemberSeconds = new IntegerField("Seconds of video per member and month");
    final BigDecimalField defaultMemberEuros = new BigDecimalField("Spend per member and month (EUR)");
    final IntegerField monthlySeconds = new IntegerField("Seconds of video per month, whole workspace");
    final BigDecimalField monthlyEuros = new BigDecimalField("Spend per month, whole workspace (EUR)");
    final Select<String> currency = new Select<>();
    final TextField usdToEur = new TextField("USD → EUR exchange rate");
    final ComboBox<String> timeZone = new ComboBox<>("Time zone (months start here)");
    final Button save = new Button("Save settings", e -> save());
    final Paragraph status = new Paragraph();
    private final FieldErrors errors = new FieldErrors(status);

    WorkspaceSettingsView(WorkspaceSettingsService settings, TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
        this.settings = settings;
        addClassName("form-view");
        currency.setLabel("Currency of reports");
        currency.setItems(Limits.CURRENCIES.stream().sorted().toList());
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        usdToEur.setHelperText("Euros per US dollar, applied to provider prices in USD, e.g. 0.92");
        bind();
        binder.readRecord(settings.current());
        errors.field("name", name).field("seatLimit", seatLimit).field("defaultInviteQuota", defaultInviteQuota)
                .field("defaultMemberSeconds", defaultMemberSeconds).field("defaultMemberEuros", defaultMemberEuros)
                .field("monthlySeconds", monthlySeconds).field("monthlyEuros", monthlyEuros)
                .field("currency", currency).field("usdToEur", usdToEur).field("timeZone", timeZone);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Workspace"), form(name, seatLimit), new H2("Defaults for new members"),
                form(defaultInviteQuota, defaultMemberSeconds, defaultMemberEuros),
                new H2("Generation quota of the workspace"), form(monthlySeconds, monthlyEuros),
                new H2("Money and time"), form(currency, usdToEur, timeZone), status, save,
                new H2("Sign-in"), adminsNeedTwoFactor);
        adminsNeedTwoFactor.setValue(twoFactor.requiredForAdmins());
        adminsNeedTwoFactor.setHelperText("Admins without it are sent to set it up on their next page and can open "
                + "nothing else until it is on. Saved at once.");
        adminsNeedTwoFactor.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                requireTwoFactor(e.getValue());
            }
        });
    }

    private void requireTwoFactor(boolean required) {
        twoFactor.requireForAdmins(required);
        Notification.show(required ? "Admins now need two-factor sign-in."
                : "Admins may sign in with a password alone.", 3000, Notification.Position.BOTTOM_START);
        if (required && twoFactor.setupRequired()) {
            // this admin has none yet: straight to setting it up, as the rule says
            getUI().ifPresent(ui -> ui.navigate(MyAccountView.class));
        }
    }

    private void bind() {
        binder.forField(name).asRequired("Enter a workspace name.")
                .withValidator(v -> v.strip().length() <= Limits.WORKSPACE_NAME_MAX_LENGTH,
                        "Use at most " + Limits.WORKSPACE_NAME_MAX_LENGTH + " characters.")
                .bind("name");
        whole(seatLimit, 1, Limits.MAX_SEATS, "a seat limit").bind("seatLimit");
        whole(defaultInviteQuota, 0, Limits.MAX_INVITE_QUOTA, "an invite quota").bind("defaultInviteQuota");
        whole(defaultMemberSeconds, 1, Limits.MAX_SECONDS, "the seconds per member").bind("defaultMemberSeconds");
        whole(monthlySeconds, 1, Limits.MAX_SECONDS, "the seconds for the workspace").bind("monthlySeconds");
        euros(defaultMemberEuros, "the spend per member").bind("defaultMemberEuros");
        euros(monthlyEuros, "the workspace's spend").bind("monthlyEuros");
        binder.forField(currency).asRequired("Choose a currency.").bind("currency");
        binder.forField(usdToEur).asRequired("Enter the exchange rate, such as 0.92.")
                .withConverter(Converter.<String, BigDecimal>from(WorkspaceSettingsView::decimal,
                        BigDecimal::toPlainString))
                .withValidator(v -> v.signum() > 0 && v.compareTo(Limits.MAX_RATE) <= 0,
                        "Enter an exchange rate above 0, such as 0.92.")
                .bind("usdToEur");
        binder.forField(timeZone).asRequired("Choose a time zone.").bind("timeZone");
    }

    private Binder.BindingBuilder<WorkspaceSettings, Integer> whole(IntegerField field, int min, int max, String what) {
        var message = "Enter " + what + " from " + min + " to " + max + ".";
        return binder.forField(field).asRequired(message).withValidator(v -> v >= min && v <= max, message);
    }

    private Binder.BindingBuilder<WorkspaceSettings, BigDecimal> euros(BigDecimalField field, String what) {
        var message = "Enter " + what + " in euros, more than 0, with at most 2 decimals.";
        return binder.forField(field).asRequired(message)
                .withValidator(v -> v.signum() > 0 && v.compareTo(Limits.MAX_EUROS) <= 0 && v.scale() <= 2, message);
    }

    private static Result<BigDecimal> decimal(String text) {
        try {
            return Result.ok(new BigDecimal(text.strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            return Result.error("Enter a number, such as 0.92.");
        }
    }

    private static FormLayout form(com.vaadin.flow.component.Component... fields) {
        var form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return form;
    }

    private void save() {
        errors.clear();
        try {
            binder.readRecord(settings.save(binder.writeRecord()));
            Notification.show("Settings saved.", 3000, Notification.Position.BOTTOM_START);
        } catch (ValidationException invalid) {
            status.setText("Nothing was saved. Check the highlighted fields.");
        } catch (InputRefusedException refused) {
            errors.show(refused);
        }
    }
}
