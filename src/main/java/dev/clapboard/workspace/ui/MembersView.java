package dev.clapboard.workspace.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clapboard.security.Roles;
import dev.clapboard.workspace.Member;
import dev.clapboard.workspace.WorkspaceService;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Who belongs to the workspace, with what role. Admins only. */
@Route("members")
@PageTitle("Members · Clapboard")
@Menu(order = 90, icon = "vaadin:users", title = "Members")
@RolesAllowed(Roles.ADMIN)
class MembersView extends Main {

    final Grid<Member> grid = new Grid<>();

    MembersView(WorkspaceService workspaceService) {
        addClassName("list-view");
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());
        grid.addColumn(Member::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(Member::email).setHeader("E-mail").setAutoWidth(true);
        grid.addColumn(m -> m.role().charAt(0) + m.role().substring(1).toLowerCase()).setHeader("Role");
        grid.addColumn(m -> m.enabled() ? "Active" : "Disabled").setHeader("Status");
        grid.addColumn(m -> dates.format(m.joinedAt())).setHeader("Joined");
        grid.setItems(query -> workspaceService.members(toSpringPageRequest(query)).stream());
        grid.setEmptyStateText("No members yet.");
        grid.setSizeFull();
        add(grid);
    }
}
