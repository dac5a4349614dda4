package dev.clapboard.api.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.clapboard.api.WebhookDelivery;
import dev.clapboard.api.WebhookService;
import dev.clapboard.api.WebhookSummary;
import java.util.stream.Collectors;

/** The deliveries of one endpoint, newest first, with every attempt's answer and a Redeliver button. */
class DeliveryLog extends Composite<VerticalLayout> {

    private final WebhookService webhooks;
    final H3 title = new H3("Delivery log");
    final Grid<WebhookDelivery> grid = new Grid<>();

    DeliveryLog(WebhookService webhooks) {
        this.webhooks = webhooks;
        grid.addColumn(d -> d.event().type()).setHeader("Event").setAutoWidth(true);
        grid.addColumn(d -> Dates.format(d.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(DeliveryLog::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(DeliveryLog::answers).setHeader("Attempts (answers)").setFlexGrow(1);
        grid.addColumn(d -> Dates.format(d.nextAttemptAt())).setHeader("Next attempt").setAutoWidth(true);
        grid.addComponentColumn(this::redeliver).setKey("redeliver").setAutoWidth(true);
        grid.setEmptyStateText("Nothing sent to this endpoint yet.");
        getContent().setPadding(false);
        getContent().add(title, grid);
        setVisible(false);
    }

    void show(WebhookSummary webhook) {
        title.setText("Delivery log of " + webhook.url());
        grid.setItems(query -> webhooks.deliveries(webhook.id(), toSpringPageRequest(query)).stream());
        setVisible(true);
    }

    static String status(WebhookDelivery d) {
        return switch (d.status()) {
            case "DELIVERED" -> "Delivered";
            case "GAVE_UP" -> "Gave up after 24 h";
            default -> d.attempts() == 0 ? "Waiting" : "Retrying";
        };
    }

    /** e.g. "3: 500, 500, 200". */
    static String answers(WebhookDelivery d) {
        return d.attempts() + (d.log().isEmpty() ? "" : ": " + d.log().stream()
                .map(a -> a.statusCode() != null ? a.statusCode().toString() : "no answer (" + a.error() + ")")
                .collect(Collectors.joining(", ")));
    }

    private Component redeliver(WebhookDelivery delivery) {
        var button = new Button("Redeliver", e -> {
            webhooks.redeliver(delivery.id());
            Notification.show("Sending it again now.");
            grid.getDataProvider().refreshAll();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
