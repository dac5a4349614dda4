package dev.clapboard.campaign.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.clapboard.campaign.CampaignDraft;
import dev.clapboard.campaign.CampaignFilter;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CampaignStatus;
import dev.clapboard.campaign.CampaignSummary;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.Roles;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Optional;

/**
 * The workspace's campaigns, paged from the database as the grid scrolls, filtered by text and status. Every
 * member sees them and opens their boards; managers and admins create, edit, archive and delete.
 */
@Route("")
@PageTitle("Campaigns · Clapboard")
@Menu(order = 0, icon = "vaadin:film", title = "Campaigns")
@PermitAll
class CampaignsView extends Main {

    static final String ALL_CURRENT = "All but archived";

    final Grid<CampaignSummary> grid = new Grid<>();
    final TextField search = new TextField();
    final Select<String> status = new Select<>();
    final Button create = new Button("New campaign", VaadinIcon.PLUS.create());

    private final CampaignService campaignService;
    private final boolean manager;

    CampaignsView(CampaignService campaignService, CurrentUser currentUser) {
        this.campaignService = campaignService;
        this.manager = currentUser.require().hasRole(Roles.MANAGER);
        addClassName("list-view");

        search.setPlaceholder("Search name or brand");
        search.setAriaLabel("Search campaigns");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        status.setAriaLabel("Status");
        status.setItems(ALL_CURRENT, CampaignStatus.PLANNING.label(), CampaignStatus.ACTIVE.label(),
                CampaignStatus.WRAPPED.label(), CampaignStatus.ARCHIVED.label());
        status.setValue(ALL_CURRENT);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new CampaignDialog("New campaign", CampaignDraft.blank(), draft -> {
            var created = campaignService.create(draft);
            grid.getDataProvider().refreshAll();
            Notification.show("“" + created.name() + "” created.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }).open());
        create.setVisible(manager);
        var toolbar = new HorizontalLayout(search, status, create);
        toolbar.addClassName("list-toolbar");

        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
        // Sortable only where an index backs the order (see V2/V4): name, status, start date.
        grid.addColumn(CampaignSummary::name).setHeader("Campaign").setAutoWidth(true).setFlexGrow(3)
                .setSortProperty("name");
        grid.addColumn(CampaignSummary::brand).setHeader("Brand or product").setAutoWidth(true);
        grid.addColumn(c -> c.status().label()).setHeader("Status").setSortProperty("status");
        grid.addColumn(c -> Optional.ofNullable(c.startDate()).map(dates::format).orElse("–")
                + " – " + Optional.ofNullable(c.endDate()).map(dates::format).orElse("open")).setHeader("Dates")
                .setAutoWidth(true).setSortProperty("startDate");
        grid.addColumn(CampaignSummary::ownerName).setHeader("Owner").setAutoWidth(true);
        grid.addColumn(c -> c.budget().format(getLocale())).setHeader("Budget").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(c -> c.spend().format(getLocale())).setHeader("Spend").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(CampaignSummary::approvedVideos).setHeader("Approved videos").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(c -> new RouterLink("Open board", BoardView.class, boardOf(c))))
                .setHeader("Board").setKey("board").setAutoWidth(true).setFlexGrow(0);
        if (manager) {
            grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader("Actions").setKey("actions")
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(query -> campaignService.list(filter(), toSpringPageRequest(query)).stream());
        grid.addItemClickListener(e -> {
            if (e.getColumn() == null || e.getColumn().getKey() == null) {
                UI.getCurrent().navigate(BoardView.class, boardOf(e.getItem()));
            }
        });
        grid.setEmptyStateText("No campaigns yet.");
        grid.setSizeFull();
        add(toolbar, grid);
    }

    private static RouteParameters boardOf(CampaignSummary campaign) {
        return new RouteParameters(BoardView.CAMPAIGN_ID, String.valueOf(campaign.id()));
    }

    private CampaignFilter filter() {
        var chosen = Arrays.stream(CampaignStatus.values()).filter(s -> s.label().equals(status.getValue()))
                .findFirst().orElse(null);
        return new CampaignFilter(search.getValue(), chosen);
    }

    private HorizontalLayout actions(CampaignSummary campaign) {
        var edit = new Button("Edit", e -> new CampaignDialog("Edit campaign", campaign.toDraft(), draft -> {
            campaignService.update(campaign.id(), draft);
            grid.getDataProvider().refreshAll();
        }).open());
        var archive = new Button("Archive", e -> confirm("Archive “" + campaign.name() + "”?",
                "Its board becomes read-only and it leaves the list (the Archived filter still shows it).",
                "Archive", () -> campaignService.archive(campaign.id())));
        var delete = new Button("Delete", e -> confirm("Delete “" + campaign.name() + "”?",
                "Only a campaign without cards can be deleted. This cannot be undone.", "Delete",
                () -> campaignService.delete(campaign.id())));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (var button : new Button[] {edit, archive, delete}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.getElement().setAttribute("aria-label", button.getText() + " " + campaign.name());
        }
        edit.setEnabled(!campaign.archived());
        archive.setEnabled(!campaign.archived());
        return new HorizontalLayout(edit, archive, delete);
    }

    private void confirm(String header, String text, String action, Runnable onConfirm) {
        var dialog = new ConfirmDialog(header, text, action, e -> {
            try {
                onConfirm.run();
            } catch (IllegalStateException refused) {
                Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            grid.getDataProvider().refreshAll();
        });
        dialog.setCancelable(true);
        dialog.open();
    }
}
