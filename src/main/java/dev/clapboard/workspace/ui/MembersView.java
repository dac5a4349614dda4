package dev.clapboard.workspace.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clapboard.security.Roles;
import dev.clapboard.workspace.MemberOverview;
import dev.clapboard.workspace.MemberService;
import dev.clapboard.workspace.TwoFactorService;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Who belongs to the workspace: role, status, last sign-in, invites and this month's generation quota.
 * Clicking a member opens their settings. Admins only.
 */
@Route("members")
@PageTitle("Members · Clapboard")
@Menu(order = 90, icon = "vaadin:users", title = "Members")
@RolesAllowed(Roles.ADMIN)
class MembersView extends Main {

    final Grid<MemberOverview> grid = new Grid<>();
    private final MemberService members;
    private final TwoFactorService twoFactor;
    @Nullable MemberDialog dialog;

    MembersView(MemberService members, TwoFactorService twoFactor) {
        this.members = members;
        this.twoFactor = twoFactor;
        addClassName("list-view");
        grid.addColumn(MemberOverview::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(MemberOverview::email).setHeader("E-mail").setAutoWidth(true);
        grid.addColumn(m -> Format.role(m.role())).setHeader("Role").setAutoWidth(true);
        grid.addColumn(m -> m.enabled() ? "Active" : "Disabled").setHeader("Status").setAutoWidth(true);
        grid.addColumn(m -> Format.dateTime(m.lastSignInAt())).setHeader("Last sign-in").setAutoWidth(true);
        grid.addColumn(m -> m.invitesUsed() + " used, " + m.invitesLeft() + " left").setHeader("Invites")
                .setAutoWidth(true);
        grid.addComponentColumn(m -> Format.bar("", m.quota().secondsShare(), Format.seconds(m.quota())))
                .setHeader("Video this month").setWidth("12rem");
        grid.addComponentColumn(m -> Format.bar("", m.quota().eurosShare(), Format.euros(m.quota())))
                .setHeader("Spend this month").setWidth("12rem");
        grid.setItems(query -> members.overview(toSpringPageRequest(query)).stream());
        grid.setEmptyStateText("No members yet.");
        grid.addItemClickListener(click -> edit(click.getItem()));
        grid.setSizeFull();
        add(new Paragraph("Click a member to change their role, quotas or status."), grid);
    }

    void edit(MemberOverview member) {
        dialog = new MemberDialog(members, twoFactor, member, () -> grid.getDataProvider().refreshAll());
        dialog.open();
    }
}
