package dev.clapboard.notification.ui;

import com.vaadin.flow.component.Component;
import dev.clapboard.base.HeaderWidget;
import dev.clapboard.notification.NotificationBroadcaster;
import dev.clapboard.notification.NotificationService;
import dev.clapboard.security.CurrentUser;

/** Puts the notification bell into the app shell's header. */
@org.springframework.stereotype.Component
class NotificationBellWidget implements HeaderWidget {

    private final NotificationService notifications;
    private final NotificationBroadcaster broadcaster;
    private final CurrentUser currentUser;

    NotificationBellWidget(NotificationService notifications, NotificationBroadcaster broadcaster,
            CurrentUser currentUser) {
        this.notifications = notifications;
        this.broadcaster = broadcaster;
        this.currentUser = currentUser;
    }

    @Override
    public Component create() {
        return new NotificationBell(notifications, broadcaster, currentUser);
    }
}
