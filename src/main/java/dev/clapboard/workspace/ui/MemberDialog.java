package dev.clapboard.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import dev.clapboard.base.ui.FieldErrors;
import dev.clapboard.security.Roles;
import dev.clapboard.workspace.InputRefusedException;
import dev.clapboard.workspace.Limits;
import dev.clapboard.workspace.MemberOverview;
import dev.clapboard.workspace.MemberQuotas;
import dev.clapboard.workspace.MemberService;
import dev.clapboard.workspace.TwoFactorService;

/** One member's role, quotas and status, as an admin changes them. */
class MemberDialog extends Dialog {

    private final MemberService members;
    private final MemberOverview member;
    private final Runnable changed;
    private final Binder<MemberQuotas> binder = new Binder<>(MemberQuotas.class);

    final Select<String> role = new Select<>();
    final IntegerField inviteQuota = new IntegerField("Invites (in total)");
    final IntegerField monthlySeconds = new IntegerField("Seconds of video per month");
    final BigDecimalField monthlyEuros = new BigDecimalField("Spend per month (EUR)");
    final Paragraph status = new Paragraph();
    final Button save = new Button("Save", e -> save());
    final Button toggle;
    final Button remove = new Button("Remove from workspace", e -> confirmRemove());
    final Button confirmRemove = new Button("Yes, remove", e -> run(() -> removeMember(), "removed"));
    final Button resetTwoFactor = new Button("Reset two-factor", e -> resetTwoFactor());
    private final TwoFactorService twoFactor;
    private final FieldErrors errors = new FieldErrors(status);

    MemberDialog(MemberService members, TwoFactorService twoFactor, MemberOverview member, Runnable changed) {
        this.members = members;
        this.twoFactor = twoFactor;
        this.member = member;
        this.changed = changed;
        setHeaderTitle(member.displayName() + " · " + member.email());
        role.setLabel("Role");
        role.setItems(Roles.MEMBER_ROLES);
        role.setItemLabelGenerator(Format::role);
        role.setValue(member.role());
        binder.forField(inviteQuota).asRequired("Enter an invite quota.")
                .withValidator(v -> v >= 0 && v <= Limits.MAX_INVITE_QUOTA,
                        "Enter an invite quota from 0 to " + Limits.MAX_INVITE_QUOTA + ".")
                .bind("inviteQuota");
        binder.forField(monthlySeconds).asRequired("Enter the seconds of video per month.")
                .withValidator(v -> v >= 1 && v <= Limits.MAX_SECONDS,
                        "Enter the seconds of video per month from 1 to " + Limits.MAX_SECONDS + ".")
                .bind("monthlySeconds");
        binder.forField(monthlyEuros).asRequired("Enter the spend per month.")
                .withValidator(v -> v.signum() > 0 && v.compareTo(Limits.MAX_EUROS) <= 0 && v.scale() <= 2,
                        "Enter the spend per month in euros, more than 0, with at most 2 decimals.")
                .bind("monthlyEuros");
        binder.readRecord(new MemberQuotas(member.inviteQuota(), member.quota().secondsLimit(),
                member.quota().eurosLimit()));
        errors.field("role", role).field("inviteQuota", inviteQuota).field("monthlySeconds", monthlySeconds)
                .field("monthlyEuros", monthlyEuros);
        toggle = new Button(member.enabled() ? "Disable" : "Enable",
                e -> run(() -> members.setEnabled(member.accountId(), !member.enabled()),
                        member.enabled() ? "disabled and signed out" : "enabled"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirmRemove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirmRemove.setVisible(false);
        var form = new FormLayout(role, inviteQuota, monthlySeconds, monthlyEuros);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form, status);
        // by address: the privacy module depends on workspace, never the other way round
        var data = new Anchor("account/data/" + member.accountId(), "Download their data");
        data.getElement().addEventListener("click", e -> close());
        add(data);
        resetTwoFactor.setTooltipText("For a member who lost their authenticator: they sign in with their password "
                + "alone until they turn two-factor sign-in on again.");
        getFooter().add(remove, confirmRemove, toggle, resetTwoFactor, new Button("Cancel", e -> close()), save);
    }

    private void save() {
        errors.clear();
        try {
            var quotas = binder.writeRecord();
            members.update(member.accountId(), role.getValue(), quotas);
            done("saved");
        } catch (ValidationException invalid) {
            status.setText("Check the highlighted fields.");
        } catch (InputRefusedException refused) {
            errors.show(refused);
        }
    }

    private void confirmRemove() {
        status.setText("Remove " + member.displayName() + " from the workspace? They are signed out at once.");
        remove.setVisible(false);
        confirmRemove.setVisible(true);
    }

    private void resetTwoFactor() {
        errors.clear();
        if (twoFactor.resetFor(member.accountId())) {
            done("can sign in with their password alone until they turn two-factor sign-in on again");
        } else {
            status.setText(member.displayName() + " does not use two-factor sign-in.");
        }
    }

    private void removeMember() {
        members.remove(member.accountId());
    }

    private void run(Runnable action, String what) {
        errors.clear();
        try {
            action.run();
            done(what);
        } catch (InputRefusedException refused) {
            errors.show(refused);
        }
    }

    private void done(String what) {
        Notification.show(member.displayName() + " " + what + ".", 3000, Notification.Position.BOTTOM_START);
        changed.run();
        close();
    }
}
