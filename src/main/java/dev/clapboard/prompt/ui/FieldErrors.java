package dev.clapboard.prompt.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.clapboard.prompt.PromptInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shows the service's refusal at the field it names, so forms and services share one set of messages. */
final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    FieldErrors on(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    void show(PromptInputException e) {
        var field = fields.get(e.field());
        if (field == null) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        field.setErrorMessage(e.getMessage());
        field.setInvalid(true);
    }

    void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }
}
