package dev.clapboard.workspace.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import dev.clapboard.workspace.InputRefusedException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shows a service's refusal at the field it names (or in a status line when it names none). */
final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Paragraph status;

    FieldErrors(Paragraph status) {
        this.status = status;
        status.addClassName("form-status");
    }

    FieldErrors field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
        status.setText("");
    }

    void show(InputRefusedException refused) {
        var field = refused.field() == null ? null : fields.get(refused.field());
        if (field != null) {
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
        }
        status.setText(refused.getMessage());
    }
}
