package dev.clapboard.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad-input corpus for the person form of the people register: bad names and notes are named at their field
 * and add nobody; names in any script, with markup or SQL, are kept as typed and shown as text.
 */
class PersonFormCorpusTest extends KaribuTest {

    private static final String NAME = "Give the person's full name (up to 200 characters).";

    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("an empty name", "", "", NAME),
                Arguments.of("a blank name", "  \t ", "", NAME),
                Arguments.of("a name of zero-width spaces", "\u200B\u200C\u200D", "", NAME),
                Arguments.of("a name of direction marks", "\u200E\u202E", "", NAME),
                Arguments.of("a 201-character name", "N".repeat(201), "", NAME),
                Arguments.of("a 100k-character name", "N".repeat(100_000), "", NAME),
                Arguments.of("a name of 201 emoji", "\uD83D\uDE00".repeat(201), "", NAME),
                Arguments.of("2,001 characters of notes", "Mara Nowak", "n".repeat(2001),
                        "Notes take up to 2,000 characters (these have 2001)."),
                Arguments.of("100k characters of notes", "Mara Nowak", "n".repeat(100_000),
                        "Notes take up to 2,000 characters (these have 100000)."));
    }

    @ParameterizedTest(name = "{0} is named at its field and adds nobody")
    @MethodSource("refused")
    void a_bad_value_is_named_at_its_field_and_adds_nobody(String what, String name, String notes, String message) {
        var dialog = openForm();
        var before = people();

        _setValue(dialog.name, name);
        _setValue(dialog.notes, notes);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        var field = message.equals(NAME) ? dialog.name : dialog.notes;
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
        assertThat(dialog.status.getText()).isEqualTo(message);
        assertThat(people()).isEqualTo(before);
    }

    static Stream<String> harmless() {
        return Stream.of("<img src=x onerror=alert(1)> Nowak", "Robert'); DROP TABLE compliance_person;--",
                "=HYPERLINK(\"http://evil.example\")", "Zoe\u0308 Ba\u0301thory", "\u05de\u05e8\u05d9\u05dd \u05db\u05d4\u05df",
                "\u674e\u534e", "Ana \uD83C\uDF39 Lima");
    }

    @ParameterizedTest(name = "the name {0} is kept as typed and shown as text")
    @MethodSource("harmless")
    void an_odd_but_harmless_name_is_kept_as_typed_and_shown_as_text(String name) {
        var dialog = openForm();

        _setValue(dialog.name, name);
        _click(dialog.save);

        var person = _get(PersonView.class);
        assertThat(person.name.getText()).isEqualTo(name);
        assertThat(person.name.getElement().getChildren()).as("no markup rendered")
                .allMatch(com.vaadin.flow.dom.Element::isTextNode);
    }

    private PersonDialog openForm() {
        signIn(DemoLogins.MANAGER);
        UI.getCurrent().navigate(PeopleView.class);
        _click(_get(PeopleView.class).add);
        return _get(PersonDialog.class);
    }

    private long people() {
        return jdbc.queryForObject("select count(*) from compliance_person", Long.class);
    }
}
