package dev.clapboard.campaign.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import dev.clapboard.campaign.CampaignRules;
import dev.clapboard.campaign.Campaigns;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad-input corpus for the campaign form, one case a line: each bad value on an otherwise valid form is named
 * at its field and writes no row; odd but harmless names are saved and shown exactly as typed.
 */
class CampaignFormCorpusTest extends KaribuTest {

    private static final String HUGE = "x".repeat(100_000);

    record Bad(String what, Consumer<CampaignDialog> input, Function<CampaignDialog, HasValidation> field,
            String message) {
        @Override
        public String toString() {
            return what;
        }
    }

    @Autowired
    Campaigns campaigns;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        campaigns.removeTestCampaigns();
    }

    static Stream<Bad> refused() {
        var nameTooLong = CampaignRules.tooLong(CampaignRules.NAME_MAX_LENGTH);
        var brandTooLong = CampaignRules.tooLong(CampaignRules.BRAND_MAX_LENGTH);
        return Stream.of(
                new Bad("an empty name", d -> _setValue(d.name, ""), d -> d.name, CampaignRules.NAME_REQUIRED),
                new Bad("a blank name", d -> _setValue(d.name, "   "), d -> d.name, CampaignRules.NAME_REQUIRED),
                new Bad("a 100k-character name", d -> _setValue(d.name, HUGE), d -> d.name, nameTooLong),
                new Bad("a name one over the limit", d -> _setValue(d.name, "n".repeat(161)), d -> d.name, nameTooLong),
                new Bad("161 emoji", d -> _setValue(d.name, "\uD83D\uDE80".repeat(161)), d -> d.name, nameTooLong),
                new Bad("an empty brand", d -> _setValue(d.brand, ""), d -> d.brand, CampaignRules.BRAND_REQUIRED),
                new Bad("a blank brand", d -> _setValue(d.brand, "\t "), d -> d.brand, CampaignRules.BRAND_REQUIRED),
                new Bad("a 100k-character brand", d -> _setValue(d.brand, HUGE), d -> d.brand, brandTooLong),
                new Bad("a 100k-character objective", d -> _setValue(d.objective, HUGE), d -> d.objective,
                        CampaignRules.tooLong(CampaignRules.OBJECTIVE_MAX_LENGTH)),
                new Bad("21 audiences", d -> _setValue(d.audiences, "a\n".repeat(21)), d -> d.audiences,
                        "At most " + CampaignRules.MAX_AUDIENCES + " target audiences."),
                new Bad("a 100k-character audience", d -> _setValue(d.audiences, HUGE), d -> d.audiences,
                        "Keep each audience within " + CampaignRules.AUDIENCE_MAX_LENGTH + " characters."),
                new Bad("a negative budget", d -> _setValue(d.budget, new BigDecimal("-1")), d -> d.budget,
                        CampaignRules.NEGATIVE_BUDGET),
                new Bad("a budget of minus one cent", d -> _setValue(d.budget, new BigDecimal("-0.01")),
                        d -> d.budget, CampaignRules.NEGATIVE_BUDGET),
                new Bad("no budget", d -> _setValue(d.budget, null), d -> d.budget,
                        "Enter a budget (0 if there is none yet)."),
                new Bad("a negative baseline cost", d -> _setValue(d.baselineCost, new BigDecimal("-20000")),
                        d -> d.baselineCost, CampaignRules.NEGATIVE_BASELINE),
                new Bad("a negative lead time", d -> _setValue(d.baselineLeadTime, -1), d -> d.baselineLeadTime,
                        CampaignRules.NEGATIVE_LEAD_TIME),
                new Bad("the lowest int as lead time", d -> _setValue(d.baselineLeadTime, Integer.MIN_VALUE),
                        d -> d.baselineLeadTime, CampaignRules.NEGATIVE_LEAD_TIME),
                new Bad("zero baseline variants", d -> _setValue(d.baselineVariants, 0), d -> d.baselineVariants,
                        CampaignRules.TOO_FEW_VARIANTS),
                new Bad("an end a day before the start", d -> {
                    _setValue(d.start, LocalDate.of(2026, 12, 10));
                    _setValue(d.end, LocalDate.of(2026, 12, 9));
                }, d -> d.end, CampaignRules.END_BEFORE_START),
                new Bad("an end in year 1 after a start in 2026", d -> {
                    _setValue(d.start, LocalDate.of(2026, 1, 1));
                    _setValue(d.end, LocalDate.of(1, 1, 1));
                }, d -> d.end, CampaignRules.END_BEFORE_START),
                new Bad("a start in year 9999 after the end", d -> {
                    _setValue(d.end, LocalDate.of(2026, 1, 1));
                    _setValue(d.start, LocalDate.of(9999, 12, 31));
                }, d -> d.end, CampaignRules.END_BEFORE_START));
    }

    @ParameterizedTest(name = "{0} is named at its field and saves nothing")
    @MethodSource("refused")
    void a_bad_value_is_named_at_its_field_and_saves_nothing(Bad bad) {
        var before = campaignRows();
        var dialog = openValidForm();

        bad.input().accept(dialog);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        _expectInvalid(bad.field().apply(dialog), bad.message());
        assertThat(campaignRows()).isEqualTo(before);
    }

    static Stream<String> harmless() {
        return Stream.of("<script>alert('x')</script>", "Robert'); DROP TABLE campaign;--",
                "=HYPERLINK(\"http://evil.example\",\"click\")", "Z\u0335\u0321a\u0337l\u0336g\u0338o",
                "\u062d\u0645\u0644\u0629 \u0627\u0644\u0631\u0628\u064a\u0639", "Launch \uD83D\uDE80\uD83C\uDFAC",
                "Spring\u200BLaunch", "n".repeat(160));
    }

    @ParameterizedTest(name = "the name {0} is saved and shown as typed")
    @MethodSource("harmless")
    void an_odd_but_harmless_name_is_saved_and_shown_as_typed(String name) {
        var before = campaignRows();
        var dialog = openValidForm();

        _setValue(dialog.name, name);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(campaignRows()).isEqualTo(before + 1);
        var grid = _get(CampaignsView.class).grid;
        assertThat(IntStream.range(0, _size(grid)).mapToObj(row -> _getFormattedRow(grid, row).getFirst()))
                .contains(name);
    }

    private CampaignDialog openValidForm() {
        signIn(DemoLogins.MANAGER);
        reload();
        UI.getCurrent().navigate("");
        _click(_get(CampaignsView.class).create);
        var dialog = _get(CampaignDialog.class);
        _setValue(dialog.name, "Corpus campaign");
        _setValue(dialog.brand, "Northwind");
        _setValue(dialog.budget, new BigDecimal("100"));
        return dialog;
    }

    private long campaignRows() {
        return jdbc.queryForObject("select count(*) from campaign", Long.class);
    }
}
