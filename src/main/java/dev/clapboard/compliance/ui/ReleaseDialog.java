package dev.clapboard.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dev.clapboard.compliance.ComplianceRefusedException;
import dev.clapboard.compliance.ModerationCaseSummary;
import dev.clapboard.compliance.ModerationService;

/** A manager releases a held prompt, saying why it is fine; the release is recorded for the audit trail. */
class ReleaseDialog extends Dialog {

    final TextArea note = new TextArea("Why this prompt is fine");
    final Button release = new Button("Release this prompt", e -> release());
    private final ModerationService moderation;
    private final ModerationCaseSummary held;
    private final Runnable changed;

    ReleaseDialog(ModerationService moderation, ModerationCaseSummary held, Runnable changed) {
        this.moderation = moderation;
        this.held = held;
        this.changed = changed;
        setHeaderTitle("Release a held prompt");
        note.setMaxLength(ModerationService.NOTE_MAX_LENGTH);
        note.setWidthFull();
        release.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(held.promptText()), new Paragraph("Held because it " + held.reason() + "."), note);
        getFooter().add(new Button("Cancel", e -> close()), release);
        setWidth("min(36rem, 100vw)");
    }

    private void release() {
        try {
            moderation.release(held.id(), note.getValue());
            close();
            changed.run();
        } catch (ComplianceRefusedException refused) {
            note.setErrorMessage(refused.getMessage());
            note.setInvalid(true);
        }
    }
}
