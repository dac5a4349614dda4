package dev.clapboard.notification.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clapboard.notification.NotificationKind;
import dev.clapboard.notification.NotificationService;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Map;

/** Which notifications also reach me by e-mail; every change is saved at once. */
@Route("notifications/settings")
@PageTitle("Notification settings · Clapboard")
@PermitAll
class NotificationSettingsView extends Main {

    final Map<NotificationKind, Checkbox> email = new EnumMap<>(NotificationKind.class);

    NotificationSettingsView(NotificationService notifications) {
        addClassName("form-view");
        var choices = new Div();
        choices.addClassName("notification-settings");
        add(new H3("E-mail me when"), new Paragraph("Everything shows under the bell in the header; ticked kinds "
                + "also go to your e-mail address."));
        notifications.emailChoices().forEach((kind, chosen) -> {
            var box = new Checkbox(kind.label(), chosen);
            box.addValueChangeListener(e -> {
                notifications.chooseEmail(kind, e.getValue());
                Notification.show("Saved: " + kind.label() + (e.getValue() ? " — by e-mail too." : " — in-app only."));
            });
            email.put(kind, box);
            choices.add(box);
        });
        add(choices, new Anchor("notifications", "Back to notifications"));
    }
}
