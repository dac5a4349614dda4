package dev.clapboard.compliance.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import dev.clapboard.compliance.ComplianceRefusedException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shows a compliance service's refusal at the field it names, and always in the form's status line. */
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

    void show(ComplianceRefusedException refused) {
        var field = fields.get(refused.field());
        if (field != null) {
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
        }
        status.setText(refused.getMessage());
    }
}
