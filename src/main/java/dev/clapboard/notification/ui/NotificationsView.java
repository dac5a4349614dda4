package dev.clapboard.notification.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clapboard.notification.NotificationEntry;
import dev.clapboard.notification.NotificationService;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * My notifications, newest first, unread in bold. A click opens what it is about (and marks it read); "Mark
 * all read" empties the bell. Reached from the bell in the header, not from the side menu.
 */
@Route("notifications")
@PageTitle("Notifications · Clapboard")
@PermitAll
class NotificationsView extends Main {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT).withLocale(Locale.UK).withZone(ZoneId.systemDefault());

    private final NotificationService notifications;
    final Grid<NotificationEntry> grid = new Grid<>();
    final Button markAllRead = new Button("Mark all read", VaadinIcon.CHECK.create());
    final Button settings = new Button("E-mail settings", VaadinIcon.COG_O.create());

    NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("list-view");
        grid.addColumn(n -> TIME.format(n.createdAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(NotificationEntry::text).setHeader("What").setFlexGrow(1);
        grid.addComponentColumn(this::markReadButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(n -> n.read() ? null : "unread");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> notifications.mine(toSpringPageRequest(query)).stream());
        grid.setEmptyStateText("Nothing yet. Mentions, reviews, finished videos and budget alerts show up here.");
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setSizeFull();
        markAllRead.addClickListener(e -> {
            notifications.markAllRead();
            grid.getDataProvider().refreshAll();
        });
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        settings.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotificationSettingsView.class)));
        var actions = new Div(markAllRead, settings);
        actions.addClassName("notification-toolbar");
        add(actions, grid);
    }

    private Span markReadButton(NotificationEntry entry) {
        if (entry.read()) {
            return new Span();
        }
        var button = new Button("Mark read", e -> {
            notifications.markRead(entry.id());
            grid.getDataProvider().refreshAll();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-label", "Mark read: " + entry.text());
        return new Span(button);
    }

    /** Opens what the notification is about; reading it is what marks it read. */
    void open(NotificationEntry entry) {
        if (!entry.read()) {
            notifications.markRead(entry.id());
        }
        getUI().ifPresent(ui -> ui.navigate(entry.link().isBlank() ? "notifications" : entry.link()));
    }
}
