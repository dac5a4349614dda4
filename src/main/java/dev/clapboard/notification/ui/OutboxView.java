package dev.clapboard.notification.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clapboard.notification.OutboxEntry;
import dev.clapboard.notification.OutboxService;
import dev.clapboard.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Every e-mail the workspace sent or tried to send, newest first. In the demo no mail server is needed:
 * messages are logged and readable here. Click a message to read it or send a failed one again.
 */
@Route("outbox")
@PageTitle("Outbox · Clapboard")
@Menu(order = 97, icon = "vaadin:envelopes-o", title = "Outbox")
@RolesAllowed(Roles.ADMIN)
class OutboxView extends Main {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT).withLocale(Locale.UK).withZone(ZoneId.systemDefault());

    private final OutboxService outbox;
    final Grid<OutboxEntry> grid = new Grid<>();
    @Nullable Dialog opened;
    final Pre body = new Pre();

    OutboxView(OutboxService outbox) {
        this.outbox = outbox;
        addClassName("list-view");
        grid.addColumn(m -> TIME.format(m.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(OutboxEntry::recipient).setHeader("To").setAutoWidth(true);
        grid.addColumn(OutboxEntry::subject).setHeader("Subject").setFlexGrow(1);
        grid.addColumn(OutboxView::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(OutboxEntry::attempts).setHeader("Attempts").setAutoWidth(true);
        grid.setItems(query -> outbox.list(toSpringPageRequest(query)).stream());
        grid.setEmptyStateText("No e-mail sent yet.");
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setSizeFull();
        add(new Paragraph("E-mail of this workspace, newest first. Failed messages are retried automatically."),
                grid);
    }

    static String status(OutboxEntry entry) {
        return switch (entry.status()) {
            case "SENT" -> "Sent";
            case "FAILED" -> "Failed: " + entry.lastError();
            default -> "Waiting";
        };
    }

    void open(OutboxEntry entry) {
        var message = outbox.find(entry.id()).orElseThrow();
        var dialog = new Dialog();
        dialog.setHeaderTitle(message.entry().subject());
        dialog.setWidth("min(48rem, 95vw)");
        body.setText(message.textBody());
        body.addClassName("mail-body");
        dialog.add(new Paragraph("To " + message.entry().recipient() + " · " + status(message.entry())), body);
        if (!message.entry().sent()) {
            var sendNow = new Button("Send now", e -> {
                boolean sent = outbox.sendNow(entry.id());
                dialog.close();
                grid.getDataProvider().refreshAll();
                com.vaadin.flow.component.notification.Notification.show(sent ? "Sent." : "Sending failed again.");
            });
            sendNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(sendNow);
        }
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        opened = dialog;
        dialog.open();
    }
}
