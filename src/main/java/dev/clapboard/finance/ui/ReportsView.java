package dev.clapboard.finance.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clapboard.campaign.CampaignSummary;
import dev.clapboard.finance.ReportExports;
import dev.clapboard.finance.RoiService;
import dev.clapboard.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/** The campaigns a manager can open an ROI report for, with spend against budget at a glance. */
@Route("reports")
@PageTitle("Reports · Clapboard")
@Menu(order = 30, icon = "vaadin:chart", title = "Reports")
@RolesAllowed(Roles.MANAGER)
class ReportsView extends Main {

    final Grid<CampaignSummary> grid = new Grid<>();
    final PortfolioSummary portfolio;

    ReportsView(RoiService roi, ReportExports exports) {
        addClassName("list-view");
        grid.addComponentColumn(c -> new Anchor(CampaignReportView.path(c.id()), c.name())).setHeader("Campaign")
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(c -> c.status().toString()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(c -> c.spend().format(Locale.UK)).setHeader("Spend").setAutoWidth(true);
        grid.addColumn(c -> c.budget().format(Locale.UK)).setHeader("Budget").setAutoWidth(true);
        grid.addColumn(c -> c.baselineCost().format(Locale.UK)).setHeader("Traditional baseline").setAutoWidth(true);
        grid.setItems(query -> roi.campaigns(toSpringPageRequest(query)).stream());
        grid.setEmptyStateText("No campaigns yet.");
        portfolio = new PortfolioSummary(roi, exports);
        add(new H2("Reports"), portfolio, new Paragraph("Open a campaign's report: spend against budget and against what "
                + "a traditional shoot would have cost, and how its variants converted."), grid);
    }
}
