package dev.clapboard.workspace.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clapboard.base.ui.FieldErrors;
import dev.clapboard.security.Roles;
import dev.clapboard.workspace.EmailAddresses;
import dev.clapboard.workspace.InputRefusedException;
import dev.clapboard.workspace.InviteOutcome;
import dev.clapboard.workspace.InviteService;
import dev.clapboard.workspace.InviteSummary;
import dev.clapboard.workspace.NewInvite;
import jakarta.annotation.security.RolesAllowed;

/**
 * Invite people by e-mail, and resend or revoke pending invites. Admins see every invite and may give any
 * role; managers see their own and may invite creators and reviewers.
 */
@Route("invites")
@PageTitle("Invites · Clapboard")
@Menu(order = 85, icon = "vaadin:envelope-open", title = "Invites")
@RolesAllowed(Roles.MANAGER)
class InvitesView extends Main {

    private final InviteService invites;
    private final Binder<NewInvite> binder = new Binder<>(NewInvite.class);

    final TextField email = new TextField("E-mail");
    final Select<String> role = new Select<>();
    final Button invite = new Button("Send invite", e -> invite());
    final Paragraph allowance = new Paragraph();
    final Paragraph status = new Paragraph();
    final Grid<InviteSummary> grid = new Grid<>();
    private final FieldErrors errors = new FieldErrors(status);

    InvitesView(InviteService invites) {
        this.invites = invites;
        addClassName("list-view");
        var roles = invites.allowance().roles();
        role.setLabel("Role");
        role.setItems(roles);
        role.setItemLabelGenerator(Format::role);
        role.setValue(roles.contains(Roles.CREATOR) ? Roles.CREATOR : roles.getFirst());
        email.setPlaceholder("name@example.com");
        email.setWidth("20rem");
        binder.forField(email).asRequired("Enter the e-mail address to invite.")
                .withValidator(EmailAddresses::isValid, "Enter a valid e-mail address, such as name@example.com.")
                .bind("email");
        binder.forField(role).asRequired("Choose a role.").bind("role");
        binder.readRecord(new NewInvite("", role.getValue()));
        errors.field("email", email).field("role", role);
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(email, role, invite);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        grid.addColumn(InviteSummary::email).setHeader("E-mail").setAutoWidth(true);
        grid.addColumn(i -> Format.role(i.role())).setHeader("Role").setAutoWidth(true);
        grid.addColumn(InviteSummary::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(InviteSummary::invitedBy).setHeader("Invited by").setAutoWidth(true);
        grid.addColumn(i -> Format.dateTime(i.sentAt())).setHeader("Sent").setAutoWidth(true);
        grid.addColumn(i -> Format.dateTime(i.expiresAt())).setHeader("Link expires").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setAutoWidth(true);
        grid.setItems(query -> invites.list(toSpringPageRequest(query)).stream());
        grid.setEmptyStateText("No invites yet.");
        grid.setSizeFull();
        add(allowance, form, status, grid);
        showAllowance();
    }

    private HorizontalLayout actions(InviteSummary invite) {
        var buttons = new HorizontalLayout();
        if (invite.pending()) {
            var resend = new Button("Resend", e -> act(() -> invites.resend(invite.id()),
                    "Sent the invite to " + invite.email() + " again, with a new link."));
            var revoke = new Button("Revoke", e -> act(() -> invites.revoke(invite.id()),
                    "Revoked the invite to " + invite.email() + "."));
            resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            buttons.add(resend, revoke);
        }
        return buttons;
    }

    private void invite() {
        errors.clear();
        try {
            var request = binder.writeRecord();
            var outcome = invites.invite(new NewInvite(request.email().strip(), request.role()));
            status.setText(outcome == InviteOutcome.RESENT
                    ? request.email().strip() + " was invited already: the invite was sent again with a new link."
                    : "Invite sent to " + request.email().strip() + ".");
            binder.readRecord(new NewInvite("", role.getValue()));
            refresh();
        } catch (ValidationException invalid) {
            status.setText("Check the highlighted fields.");
        } catch (InputRefusedException refused) {
            errors.show(refused);
        }
    }

    private void act(Runnable action, String message) {
        errors.clear();
        try {
            action.run();
            Notification.show(message, 3000, Notification.Position.BOTTOM_START);
            status.setText(message);
            refresh();
        } catch (InputRefusedException refused) {
            errors.show(refused);
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showAllowance();
    }

    private void showAllowance() {
        var a = invites.allowance();
        allowance.setText("You have used " + a.used() + " of your " + a.quota() + " invites (" + a.left()
                + " left). Seats taken: " + a.seatsTaken() + " of " + a.seatLimit() + ", counting pending invites.");
    }
}
