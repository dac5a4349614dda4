package dev.clapboard.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import dev.clapboard.audit.ExportRefusedException;
import dev.clapboard.audit.LabelLanguage;
import dev.clapboard.audit.LabelPosition;
import dev.clapboard.audit.LabelStyle;
import dev.clapboard.audit.PublishingExports;

/** Admins set the language, an optional own wording and the corner of the AI label burned into exports. */
class LabelSettingsDialog extends Dialog {

    private final PublishingExports exports;
    final RadioButtonGroup<LabelLanguage> language = new RadioButtonGroup<>("Language");
    final TextField wording = new TextField("Own wording (optional)");
    final RadioButtonGroup<LabelPosition> position = new RadioButtonGroup<>("Corner");
    final Button save = new Button("Save");

    LabelSettingsDialog(PublishingExports exports) {
        this.exports = exports;
        setHeaderTitle("AI label of exports");
        var current = exports.labelStyle();
        language.setItems(LabelLanguage.values());
        language.setItemLabelGenerator(l -> l.label() + " (“" + l.defaultWording() + "”)");
        language.setValue(current.language());
        wording.setValue(current.wording() == null ? "" : current.wording());
        wording.setMaxLength(LabelStyle.MAX_WORDING);
        wording.setHelperText("Leave empty for the language's wording.");
        position.setItems(LabelPosition.values());
        position.setItemLabelGenerator(LabelPosition::label);
        position.setValue(current.position());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new FormLayout(language, wording, position));
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void save() {
        try {
            var saved = exports.saveLabelStyle(new LabelStyle(language.getValue(), wording.getValue(),
                    position.getValue()));
            Notification.show("Exports will read “" + saved.text() + "”.");
            close();
        } catch (ExportRefusedException e) {
            wording.setInvalid(true);
            wording.setErrorMessage(e.getMessage());
        }
    }
}
