package dev.clapboard.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.ListItem;
import dev.clapboard.compliance.Channel;
import dev.clapboard.compliance.Consents;
import dev.clapboard.compliance.PeopleService;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PersonErasureViewTest extends KaribuTest {

    @Autowired
    PeopleService people;
    @Autowired
    Consents consents;

    @Test
    void a_manager_reads_what_erasure_does_confirms_it_and_sees_the_pseudonym() {
        signIn(DemoLogins.MANAGER);
        var person = consents.person("Karla Weiss");
        consents.signed(person.id(), Consents.forCampaign(consents.demoCampaignId(), Channel.WEB));
        openUrl("people/" + person.id());
        _click(_get(PersonView.class).erase);

        var dialog = _get(EraseDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Erase Karla Weiss from the register?");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(dialog, ListItem.class))
                .extracting(ListItem::getText).anySatisfy(text -> assertThat(text).contains("Erased person #"
                        + person.id())).anySatisfy(text -> assertThat(text).startsWith("1 consent record(s) are "
                        + "revoked and kept as evidence")).anySatisfy(text -> assertThat(text).contains("flagged"));
        _click(dialog.erase);

        var view = _get(PersonView.class);
        assertThat(view.name.getText()).isEqualTo("Erased person #" + person.id());
        assertThat(view.erasedNote.getText()).startsWith("Erased from the register on ");
        assertThat(view.erase.isVisible()).isFalse();
        assertThat(view.edit.isVisible()).isFalse();
        assertThat(view.recordDeclaration.isVisible()).isFalse();
    }

    @Test
    void erasing_someone_already_erased_says_so_in_the_dialog() {
        signIn(DemoLogins.MANAGER);
        var person = consents.person("Lars Holm");
        openUrl("people/" + person.id());
        _click(_get(PersonView.class).erase);
        people.erase(person.id()); // by another manager, meanwhile

        var dialog = _get(EraseDialog.class);
        _click(dialog.erase);

        assertThat(dialog.problem.getText()).isEqualTo("Erased person #" + person.id()
                + " was already erased from the register on " + java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                + ". Nothing more to erase.");
        assertThat(dialog.erase.isEnabled()).isFalse();
    }

    @Test
    void creators_do_not_see_the_erase_button() {
        signIn(DemoLogins.MANAGER);
        var person = consents.person("Mona Berg");
        signIn(DemoLogins.CREATOR);
        openUrl("people/" + person.id());

        assertThat(_get(PersonView.class).erase.isVisible()).isFalse();
    }
}
