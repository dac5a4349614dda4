package dev.clapboard.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.shared.Registration;
import dev.clapboard.notification.NotificationBroadcaster;
import dev.clapboard.notification.NotificationService;
import dev.clapboard.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * The bell in the header: my unread count, kept current while I stay on a page (server push) and re-read on
 * every navigation; a click opens the notification list.
 */
class NotificationBell extends Button implements AfterNavigationObserver {

    final Span count = new Span();
    private final NotificationService notifications;
    private final NotificationBroadcaster broadcaster;
    private final CurrentUser currentUser;
    private @Nullable Registration live;

    NotificationBell(NotificationService notifications, NotificationBroadcaster broadcaster, CurrentUser currentUser) {
        this.notifications = notifications;
        this.broadcaster = broadcaster;
        this.currentUser = currentUser;
        setIcon(VaadinIcon.BELL_O.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClassName("notification-bell");
        count.getElement().getThemeList().addAll(java.util.List.of("badge", "error", "pill", "small"));
        count.addClassName("notification-count");
        getElement().appendChild(count.getElement());
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
    }

    /** Shows {@code unread}; nothing when it is zero. */
    void show(long unread) {
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        var label = unread == 0 ? "Notifications, none unread" : "Notifications, " + unread + " unread";
        getElement().setAttribute("aria-label", label);
        getElement().setAttribute("title", label);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        var user = currentUser.require();
        live = broadcaster.register(user.workspaceId(), user.accountId(), attachEvent.getUI(), this::show);
        show(notifications.unreadCount());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (live != null) {
            live.remove();
            live = null;
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        show(notifications.unreadCount());
    }
}
