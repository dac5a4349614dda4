package dev.clapboard.api.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clapboard.api.WebhookDraft;
import dev.clapboard.api.WebhookEvent;
import dev.clapboard.api.WebhookRefusedException;
import dev.clapboard.api.WebhookService;
import dev.clapboard.api.WebhookSummary;
import dev.clapboard.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Outgoing webhooks: endpoints that receive signed events (Standard Webhooks), and each endpoint's delivery log.
 * Endpoints on private networks are refused unless "Allow private network" is ticked for them.
 */
@Route("webhooks")
@PageTitle("Webhooks · Clapboard")
@Menu(order = 94, icon = "vaadin:connect", title = "Webhooks")
@RolesAllowed(Roles.ADMIN)
class WebhooksView extends Main {

    private final WebhookService webhooks;

    final TextField url = new TextField("Endpoint URL");
    final CheckboxGroup<WebhookEvent> events = new CheckboxGroup<>("Events");
    final Checkbox allowPrivate = new Checkbox("Allow private network (loopback, 10.x, 192.168.x …)");
    final Button add = new Button("Add webhook", e -> add());
    final Grid<WebhookSummary> grid = new Grid<>();
    final DeliveryLog log;
    final TextField secret = new TextField("Signing secret");
    @Nullable Dialog secretDialog;

    WebhooksView(WebhookService webhooks) {
        this.webhooks = webhooks;
        this.log = new DeliveryLog(webhooks);
        addClassName("list-view");
        url.setPlaceholder("https://cms.example.com/hooks/clapboard");
        url.setWidth("28rem");
        url.setMaxLength(WebhookDraft.URL_MAX_LENGTH);
        events.setItems(WebhookEvent.values());
        events.setItemLabelGenerator(e -> e.type() + " – " + e.description());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(url, allowPrivate, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        grid.addColumn(WebhookSummary::url).setHeader("URL").setFlexGrow(1);
        grid.addColumn(w -> w.events().stream().map(WebhookEvent::type).collect(Collectors.joining(", ")))
                .setHeader("Events").setAutoWidth(true);
        grid.addColumn(w -> w.allowPrivateNetwork() ? "Private network allowed" : "").setHeader("Network")
                .setAutoWidth(true);
        grid.addColumn(w -> Dates.format(w.createdAt())).setHeader("Added").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.setItems(query -> webhooks.list(toSpringPageRequest(query)).stream());
        grid.setEmptyStateText("No webhooks yet.");
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> log.show(click.getItem()));
        add(new Paragraph("Clapboard posts each chosen event as JSON to the endpoint, signed with its secret "
                + "(headers webhook-id, webhook-timestamp, webhook-signature). Failed deliveries are retried with "
                + "growing pauses for 24 hours. Click an endpoint to see its delivery log."), form, events, grid, log);
    }

    private Component actions(WebhookSummary webhook) {
        var remove = new Button("Remove", e -> {
            webhooks.remove(webhook.id());
            grid.getDataProvider().refreshAll();
            log.setVisible(false);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return remove;
    }

    private void add() {
        url.setInvalid(false);
        events.setInvalid(false);
        try {
            var created = webhooks.create(new WebhookDraft(url.getValue(), events.getValue(), allowPrivate.getValue()));
            url.clear();
            events.clear();
            allowPrivate.clear();
            grid.getDataProvider().refreshAll();
            showOnce(created.secret());
        } catch (WebhookRefusedException e) {
            var field = "events".equals(e.field()) ? events : url;
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        }
    }

    private void showOnce(String value) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Webhook added");
        secret.setValue(value);
        secret.setReadOnly(true);
        secret.setWidthFull();
        dialog.add(new Paragraph("The receiver verifies each delivery with this secret. Copy it now: it is shown "
                + "only this once."), secret);
        dialog.getFooter().add(new Button("Done", e -> {
            secret.clear();
            dialog.close();
        }));
        dialog.setWidth("min(40rem, 95vw)");
        secretDialog = dialog;
        dialog.open();
    }
}
