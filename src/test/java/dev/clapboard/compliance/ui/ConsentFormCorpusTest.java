package dev.clapboard.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import dev.clapboard.compliance.Channel;
import dev.clapboard.compliance.PeopleService;
import dev.clapboard.compliance.PersonDraft;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad-input corpus for the consent form (here: a consent link for a minor): each bad value is named at its
 * field and neither a consent nor a link is written; text longer than its column is refused at the field
 * instead of failing in the database.
 */
class ConsentFormCorpusTest extends KaribuTest {

    record Bad(String what, Consumer<ConsentDialog> input, Function<ConsentDialog, HasValidation> field, String message) {
        @Override
        public String toString() {
            return what;
        }
    }

    @Autowired
    PeopleService people;
    @Autowired
    JdbcTemplate jdbc;

    long personId;

    static Stream<Bad> refused() {
        var minor = " is a minor: give the name of the parent or guardian who consents and how they are related.";
        return Stream.of(
                new Bad("no channel", d -> _setValue(d.channels, Set.of()), d -> d.channels, "Choose at least one channel."),
                new Bad("no campaign", d -> _setValue(d.allCampaigns, false), d -> d.campaigns,
                        "Choose the campaigns, or all campaigns."),
                new Bad("blank territories", d -> _setValue(d.territories, "  "), d -> d.territories,
                        "Name the territories (e.g. \"EU\" or \"worldwide\")."),
                new Bad("100k characters of territories", d -> _setValue(d.territories, "EU ".repeat(33_000)),
                        d -> d.territories, "Name the territories (e.g. \"EU\" or \"worldwide\")."),
                new Bad("empty purposes", d -> _setValue(d.purposes, ""), d -> d.purposes,
                        "Name the purposes (e.g. \"product advertising\")."),
                new Bad("100k characters of purposes", d -> _setValue(d.purposes, "p".repeat(100_000)), d -> d.purposes,
                        "Name the purposes (e.g. \"product advertising\")."),
                new Bad("an end in year 1", d -> _setValue(d.validUntil, LocalDate.of(1, 1, 1)), d -> d.validUntil,
                        "The end date must not be before the start date."),
                new Bad("a start in 9999 and an end today", d -> {
                    _setValue(d.validFrom, LocalDate.of(9999, 12, 31));
                    _setValue(d.validUntil, LocalDate.now());
                }, d -> d.validUntil, "The end date must not be before the start date."),
                new Bad("no guardian", d -> _setValue(d.guardianName, ""), d -> d.guardianName, "Lia Corpus" + minor),
                new Bad("a zero-width guardian relation", d -> _setValue(d.guardianRelation, "\u200B"), d -> d.guardianName,
                        "Lia Corpus" + minor),
                new Bad("a 300-character guardian name", d -> _setValue(d.guardianName, "G".repeat(300)),
                        d -> d.guardianName, "Give the guardian's name in up to 200 characters."),
                new Bad("a 100k-character relation", d -> _setValue(d.guardianRelation, "r".repeat(100_000)),
                        d -> d.guardianRelation, "Describe the relationship in up to 100 characters."),
                new Bad("a link valid for 0 days", d -> _setValue(d.days, 0), d -> d.days,
                        "A consent link is valid for 1 to 30 days."),
                new Bad("a link valid for minus a year", d -> _setValue(d.days, -365), d -> d.days,
                        "A consent link is valid for 1 to 30 days."),
                new Bad("a link valid for the largest int", d -> _setValue(d.days, Integer.MAX_VALUE), d -> d.days,
                        "A consent link is valid for 1 to 30 days."),
                new Bad("no link validity", d -> _setValue(d.days, null), d -> d.days,
                        "A consent link is valid for 1 to 30 days."));
    }

    @ParameterizedTest(name = "{0} is named at its field and writes no consent")
    @MethodSource("refused")
    void a_bad_value_is_named_at_its_field_and_writes_no_consent(Bad bad) {
        var dialog = validLinkForm();
        var consents = rows("compliance_consent");
        var links = rows("compliance_consent_link");

        bad.input().accept(dialog);
        _click(dialog.save);

        var field = bad.field().apply(dialog);
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(bad.message());
        assertThat(dialog.link.isVisible()).isFalse();
        assertThat(rows("compliance_consent")).isEqualTo(consents);
        assertThat(rows("compliance_consent_link")).isEqualTo(links);
    }

    private ConsentDialog validLinkForm() {
        signIn(DemoLogins.MANAGER);
        personId = people.create(new PersonDraft("Lia Corpus", false, null)).id();
        UI.getCurrent().navigate("people/" + personId);
        _click(_get(PersonView.class).sendLink);
        var dialog = _get(ConsentDialog.class);
        _setValue(dialog.allCampaigns, true);
        _setValue(dialog.channels, Set.of(Channel.WEB));
        _setValue(dialog.purposes, "Product advertising");
        _setValue(dialog.guardianName, "Ana Corpus");
        _setValue(dialog.guardianRelation, "mother");
        return dialog;
    }

    private long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
