package dev.clapboard.campaign.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CampaignSummary;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/** The workspace's campaigns, paged from the database as the grid scrolls. Every member sees them. */
@Route("")
@PageTitle("Campaigns · Clapboard")
@Menu(order = 0, icon = "vaadin:film", title = "Campaigns")
@PermitAll
class CampaignsView extends Main {

    final Grid<CampaignSummary> grid = new Grid<>();

    CampaignsView(CampaignService campaignService) {
        addClassName("list-view");
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
        grid.addColumn(CampaignSummary::name).setHeader("Campaign").setFlexGrow(3);
        grid.addColumn(CampaignSummary::brand).setHeader("Brand or product");
        grid.addColumn(c -> c.status().label()).setHeader("Status");
        grid.addColumn(c -> Optional.ofNullable(c.startDate()).map(dates::format).orElse("–")
                + " – " + Optional.ofNullable(c.endDate()).map(dates::format).orElse("open")).setHeader("Dates").setAutoWidth(true);
        grid.addColumn(CampaignSummary::ownerName).setHeader("Owner");
        grid.addColumn(c -> c.budget().format(getLocale())).setHeader("Budget")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.setItems(query -> campaignService.list(toSpringPageRequest(query)).stream());
        grid.setEmptyStateText("No campaigns yet.");
        grid.setSizeFull();
        add(grid);
    }
}
