package dev.clapboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns failures inside an open page (a click, a save) into a notification with a reference, never a stack
 * trace, and words the session-expired message so people know what happened.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);
    static final String NOT_ALLOWED = "You don't have permission to do that.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> sessionMessages());
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UiErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        var error = event.getThrowable();
        String text;
        if (causedBy(error, AccessDeniedException.class)) {
            log.warn("Refused: {}", error.getMessage());
            text = NOT_ALLOWED;
        } else {
            var reference = ErrorReference.next();
            log.error("Error {} in the UI", reference, error);
            text = "Something went wrong (reference " + reference + "). Nothing you typed was lost; try again.";
        }
        var ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notification.show(text, 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (var t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static CustomizedSystemMessages sessionMessages() {
        var messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption("Your session has ended");
        messages.setSessionExpiredMessage("You were away for a while. Click here or press Esc to sign in again.");
        messages.setSessionExpiredNotificationEnabled(true);
        return messages;
    }
}
