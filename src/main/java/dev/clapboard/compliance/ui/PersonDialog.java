package dev.clapboard.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.clapboard.base.ui.FieldErrors;
import dev.clapboard.compliance.ComplianceRefusedException;
import dev.clapboard.compliance.PeopleService;
import dev.clapboard.compliance.PersonDraft;
import dev.clapboard.compliance.PersonSummary;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Adds a person to the register, or changes one; the service checks and the refusal shows at its field. */
class PersonDialog extends Dialog {

    final TextField name = new TextField("Full name");
    final Checkbox adult = new Checkbox("Adult (18 or older)", true);
    final TextArea notes = new TextArea("Notes");
    final Paragraph status = new Paragraph();
    final Button save = new Button("Save", e -> save());
    private final FieldErrors errors = new FieldErrors(status);
    private final PeopleService people;
    private final @Nullable PersonSummary person;
    private final Consumer<PersonSummary> saved;

    PersonDialog(PeopleService people, @Nullable PersonSummary person, Consumer<PersonSummary> saved) {
        this.people = people;
        this.person = person;
        this.saved = saved;
        setHeaderTitle(person == null ? "Add a person" : "Change " + person.name());
        name.setMaxLength(PersonDraft.NAME_MAX_LENGTH);
        notes.setMaxLength(PersonDraft.NOTES_MAX_LENGTH);
        notes.setHelperText("For example: role in the company, agency, contact for consent questions.");
        adult.getElement().setAttribute("title", "Minors need the consent of a parent or guardian");
        if (person != null) {
            name.setValue(person.name());
            adult.setValue(person.adult());
            notes.setValue(person.notes() == null ? "" : person.notes());
        }
        errors.field(ComplianceRefusedException.NAME, name).field(ComplianceRefusedException.NOTES, notes);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(name, adult, notes), status);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void save() {
        errors.clear();
        var draft = new PersonDraft(name.getValue(), adult.getValue(), notes.getValue());
        try {
            var result = person == null ? people.create(draft) : people.update(person.id(), draft);
            close();
            saved.accept(result);
        } catch (ComplianceRefusedException refused) {
            errors.show(refused);
        }
    }
}
