package dev.clapboard.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.clapboard.base.FieldRefusedException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Shows a service's refusal at the field it names, so forms and services share one set of messages. With a
 * status line the message is repeated there (forms whose fields may be out of view); without one, a refusal
 * that names no known field becomes an error notification.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final @Nullable Paragraph status;

    /** Refusals at their fields, and every message in {@code status} as well. */
    public FieldErrors(Paragraph status) {
        this.status = status;
        status.addClassName("form-status");
    }

    /** Refusals at their fields only; one naming no known field is shown as a notification. */
    public FieldErrors() {
        this.status = null;
    }

    public FieldErrors field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
        if (status != null) {
            status.setText("");
        }
    }

    public void show(FieldRefusedException refused) {
        var field = refused.field() == null ? null : fields.get(refused.field());
        if (field != null) {
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
        }
        if (status != null) {
            status.setText(refused.getMessage());
        } else if (field == null) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
