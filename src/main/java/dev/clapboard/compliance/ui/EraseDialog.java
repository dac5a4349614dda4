package dev.clapboard.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import dev.clapboard.compliance.ComplianceRefusedException;
import dev.clapboard.compliance.PeopleService;
import dev.clapboard.compliance.PersonSummary;

/** A manager confirms erasing a person from the register, having read what it will do; it cannot be undone. */
class EraseDialog extends Dialog {

    final Button erase;
    final Paragraph problem = new Paragraph();
    private final PeopleService people;
    private final PersonSummary person;
    private final Runnable erased;

    EraseDialog(PeopleService people, PersonSummary person, int consentRecords, Runnable erased) {
        this.people = people;
        this.person = person;
        this.erased = erased;
        setHeaderTitle("Erase " + person.name() + " from the register?");
        erase = new Button("Erase " + person.name(), e -> erase());
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        problem.addClassName("field-error");
        problem.setVisible(false);
        add(new UnorderedList(
                new ListItem(person.referenceFileName() == null ? "There is no reference photo or video to delete."
                        : "The reference media (" + person.referenceFileName() + ") is deleted for good."),
                new ListItem("The name and notes are replaced by \"Erased person #" + person.id() + "\"."),
                new ListItem(consentRecords == 0 ? "There are no consent records."
                        : consentRecords + " consent record(s) are revoked and kept as evidence that earlier videos "
                                + "were lawful; who signed, from which IP address and the declaration are "
                                + "pseudonymised when the retention period has passed."),
                new ListItem("Every video that shows them is flagged: it cannot be approved or shared, and guest "
                        + "links stop playing it.")),
                new Paragraph("This cannot be undone."), problem);
        getFooter().add(new Button("Cancel", e -> close()), erase);
        setWidth("min(36rem, 100vw)");
    }

    private void erase() {
        try {
            var done = people.erase(person.id());
            close();
            Notification.show(person.name() + " erased: now \"" + done.pseudonym() + "\"; " + done.flaggedVideos()
                    + " video(s) flagged; consent records pseudonymised on " + done.pseudonymiseConsentsOn() + ".");
            erased.run();
        } catch (ComplianceRefusedException refused) {
            problem.setText(refused.getMessage());
            problem.setVisible(true);
            erase.setEnabled(false);
        }
    }
}
