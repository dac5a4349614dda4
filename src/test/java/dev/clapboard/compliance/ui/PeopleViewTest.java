package dev.clapboard.compliance.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import dev.clapboard.base.ui.NotFoundView;
import dev.clapboard.compliance.Channel;
import dev.clapboard.compliance.ConsentService;
import dev.clapboard.compliance.ConsentStatus;
import dev.clapboard.compliance.Consents;
import dev.clapboard.compliance.PeopleService;
import dev.clapboard.compliance.PersonDraft;
import dev.clapboard.security.Roles;
import dev.clapboard.security.SystemActor;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SecondWorkspace;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PeopleViewTest extends KaribuTest {

    @Autowired
    PeopleService people;
    @Autowired
    ConsentService consentService;
    @Autowired
    Consents consents;
    @Autowired
    SecondWorkspace secondWorkspace;

    @Test
    void a_manager_adds_a_person_and_records_their_signed_declaration() {
        signIn(DemoLogins.MANAGER);
        UI.getCurrent().navigate(PeopleView.class);
        _click(_get(PeopleView.class).add);
        var dialog = _get(PersonDialog.class);
        var before = people.all().size();

        _click(dialog.save);
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Give the person's full name (up to 200 characters).");
        assertThat(people.all()).hasSize(before);

        _setValue(dialog.name, "Mara Nowak");
        _setValue(dialog.notes, "Head of sales, appears in the product demos");
        _click(dialog.save);
        var view = _get(PersonView.class);
        assertThat(view.name.getText()).isEqualTo("Mara Nowak");
        assertThat(view.details.getText()).contains("Adult").contains("No consent");

        _click(view.recordDeclaration);
        var consent = _get(ConsentDialog.class);
        _setValue(consent.allCampaigns, true);
        _setValue(consent.purposes, "Product advertising");
        consent.accept("declaration.pdf", Consents.PDF);
        _click(consent.save);
        assertThat(consent.channels.isInvalid()).isTrue();
        assertThat(consent.channels.getErrorMessage()).isEqualTo("Choose at least one channel.");

        _setValue(consent.channels, Set.of(Channel.WEB, Channel.SOCIAL));
        consent.accept("declaration.pdf", "just text pretending to be a PDF".getBytes());
        _click(consent.save);
        assertThat(consent.status.getText()).isEqualTo("declaration.pdf is not a PDF, JPEG or PNG file.");
        assertThat(_size(view.grid)).isZero();

        consent.accept("declaration.pdf", Consents.PDF);
        _click(consent.save);
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(view.grid, 0).get(0)).startsWith("Active · Web, Social media");
        assertThat(_getFormattedRow(view.grid, 0).get(1)).isEqualTo("All campaigns");
        assertThat(_get(PersonView.class).details.getText()).contains("Valid consent");
    }

    @Test
    void the_demo_register_holds_the_managing_director_with_a_valid_consent() {
        signIn(DemoLogins.REVIEWER);
        UI.getCurrent().navigate(PeopleView.class);
        var grid = _get(PeopleView.class).grid;

        var rows = java.util.stream.IntStream.range(0, _size(grid)).mapToObj(i -> _getFormattedRow(grid, i)).toList();
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("Dana Berger", "Adult", "Valid consent"));
    }

    @Test
    void a_manager_sends_a_consent_link_that_is_shown_once_and_waits_for_confirmation() {
        signIn(DemoLogins.MANAGER);
        var person = consents.person("Pia Quast");
        UI.getCurrent().navigate("people/" + person.id());
        var view = _get(PersonView.class);
        _click(view.sendLink);
        var dialog = _get(ConsentDialog.class);
        _setValue(dialog.channels, Set.of(Channel.PRINT));
        _setValue(dialog.purposes, "Trade fair posters");
        _click(dialog.save);
        assertThat(dialog.campaigns.getErrorMessage()).isEqualTo("Choose the campaigns, or all campaigns.");
        _setValue(dialog.allCampaigns, true);
        _setValue(dialog.days, 45);
        _click(dialog.save);
        assertThat(dialog.days.getErrorMessage()).isEqualTo("A consent link is valid for 1 to 30 days.");
        assertThat(consentService.consents(person.id())).isEmpty();

        _setValue(dialog.days, 10);
        _click(dialog.save);

        assertThat(dialog.link.isVisible()).isTrue();
        assertThat(dialog.link.getValue()).contains("/consent/");
        assertThat(_getFormattedRow(view.grid, 0).get(0)).startsWith("Awaiting confirmation · Print");
        assertThat(consentService.consents(person.id())).singleElement()
                .satisfies(c -> assertThat(c.textShown()).contains("Purposes: Trade fair posters"));
    }

    @Test
    void a_manager_revokes_a_consent_on_the_person_page() {
        signIn(DemoLogins.MANAGER);
        var person = consents.person("Nils Ortmann");
        var record = consents.signed(person.id(), Consents.forCampaign(consents.demoCampaignId(), Channel.WEB));
        UI.getCurrent().navigate("people/" + person.id());

        _get(PersonView.class).revoke(record);

        assertThat(consentService.consents(person.id())).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(ConsentStatus.REVOKED));
        assertThat(_getFormattedRow(_get(PersonView.class).grid, 0).get(0)).startsWith("Revoked");
    }

    @Test
    void a_creator_reads_the_register_but_finds_no_way_to_change_it() {
        signIn(DemoLogins.MANAGER);
        var person = consents.person("Olga Pfeiffer");
        signIn(DemoLogins.CREATOR);
        reload();

        UI.getCurrent().navigate(PeopleView.class);
        var list = _get(PeopleView.class);
        assertThat(list.add.isVisible()).isFalse();
        assertThat(_size(list.grid)).isGreaterThanOrEqualTo(1);

        UI.getCurrent().navigate("people/" + person.id());
        var view = _get(PersonView.class);
        assertThat(view.name.getText()).isEqualTo("Olga Pfeiffer");
        assertThat(view.edit.isVisible()).isFalse();
        assertThat(view.recordDeclaration.isVisible()).isFalse();
        assertThat(view.sendLink.isVisible()).isFalse();
        assertThat(view.reference.isVisible()).isFalse();
    }

    @Test
    void another_workspaces_person_is_not_found_by_its_address() {
        var other = secondWorkspace.create("Contoso People", "manager@contoso-people.example", Roles.MANAGER,
                "Contoso people campaign");
        long theirs = SystemActor.callInWorkspace(other.workspaceId(),
                () -> people.create(new PersonDraft("Paula Contoso", true, null)).id());
        signIn(DemoLogins.ADMIN);

        openUrl("people/" + theirs);
        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
        openUrl("people/not-a-number");
        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
    }
}
