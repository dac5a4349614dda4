package dev.clapboard.generation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clapboard.generation.ProviderEndpointService;
import dev.clapboard.generation.ProviderEndpointService.EndpointSummary;
import dev.clapboard.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The workspace's hosted providers: add, edit, disable, test the connection. Keys are shown only masked; the
 * webhook URL is what the admin copies into the provider's dashboard.
 */
@Route("providers")
@PageTitle("Providers · Clapboard")
@Menu(order = 96, icon = "vaadin:cloud", title = "Providers")
@RolesAllowed(Roles.ADMIN)
class ProvidersView extends Main {

    private final ProviderEndpointService endpoints;

    final Grid<EndpointSummary> grid = new Grid<>(EndpointSummary.class, false);
    final Button add = new Button("Add provider");
    final Button edit = new Button("Edit");
    final Button test = new Button("Test connection");
    final Paragraph result = new Paragraph();
    final ProviderForm form;

    ProvidersView(ProviderEndpointService endpoints) {
        this.endpoints = endpoints;
        this.form = new ProviderForm(endpoints, saved -> {
            refresh();
            result.setText(saved);
        });
        addClassName("list-view");
        grid.addColumn(EndpointSummary::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(e -> e.kind().label()).setHeader("API").setAutoWidth(true);
        grid.addColumn(EndpointSummary::baseUrl).setHeader("Base URL").setFlexGrow(1);
        grid.addColumn(EndpointSummary::maskedKey).setHeader("API key").setAutoWidth(true);
        grid.addColumn(e -> e.enabled() ? "Enabled" : "Disabled").setHeader("State").setAutoWidth(true);
        grid.addColumn(EndpointSummary::webhookUrl).setHeader("Webhook URL").setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> {
            edit.setEnabled(e.getFirstSelectedItem().isPresent());
            test.setEnabled(e.getFirstSelectedItem().isPresent());
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> form.edit(null));
        edit.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(form::edit));
        test.addClickListener(e -> grid.getSelectedItems().stream().findFirst()
                .ifPresent(selected -> result.setText(endpoints.testConnection(selected.id()))));
        edit.setEnabled(false);
        test.setEnabled(false);
        result.addClassName("form-status");
        add(new H2("Hosted providers"), new Paragraph("Each endpoint is a /v1/videos gateway or the Gemini API with "
                + "this workspace's own key. Prices are USD (or the currency given) per second of video."),
                new HorizontalLayout(add, edit, test), result, grid, form);
        refresh();
    }

    private void refresh() {
        grid.setItems(endpoints.list());
    }
}
