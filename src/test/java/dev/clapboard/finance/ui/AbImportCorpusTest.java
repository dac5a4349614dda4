package dev.clapboard.finance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dev.clapboard.campaign.Campaigns;
import dev.clapboard.finance.AbResultsService;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad-input corpus for the A/B results import (CSV pasted on the campaign report): every bad row refuses the
 * whole file with a message naming the line, at the import field, and not one row is saved; odd but harmless
 * channel names are saved exactly as written.
 */
class AbImportCorpusTest extends KaribuTest {

    static final String HEADER = String.join(",", AbResultsService.COLUMNS);
    static final String GOOD = "control,LinkedIn,2026-11-01,2026-11-14,10000,200,20";
    private static final String WHOLE = " must be a whole number from 0 to 1,000,000,000,000, not “";
    private static final String FORMULA = "channel must not start with =, +, - or @ (a spreadsheet would run it as "
            + "a formula).";

    record Bad(String what, String csv, String message) {
        @Override
        public String toString() {
            return what;
        }
    }

    @Autowired
    Campaigns campaigns;
    @Autowired
    AbResultsService ab;
    @Autowired
    JdbcTemplate jdbc;

    long campaignId;

    @BeforeEach
    void aCampaignComparedWithAStaticAsset() {
        signIn(DemoLogins.MANAGER);
        campaignId = campaigns.newBoard("A/B import corpus").campaign().id();
        ab.useStaticControl(campaignId, "Spring banner");
        UI.getCurrent().navigate(CampaignReportView.path(campaignId));
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from ab_result where campaign_id = ?", campaignId);
        jdbc.update("delete from ab_control where campaign_id = ?", campaignId);
        campaigns.removeTestCampaigns();
    }

    static Stream<Bad> refused() {
        return Stream.of(
                bad("a HYPERLINK formula as channel", "control,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\","
                        + "2026-11-01,2026-11-14,100,10,1", "Line 2: " + FORMULA),
                bad("a channel starting with +", "control,+cmd|' /C calc'!A0,2026-11-01,2026-11-14,100,10,1",
                        "Line 2: " + FORMULA),
                bad("a channel starting with -", "control,-2+3,2026-11-01,2026-11-14,100,10,1", "Line 2: " + FORMULA),
                bad("a channel starting with @", "control,@SUM(A1:A9),2026-11-01,2026-11-14,100,10,1",
                        "Line 2: " + FORMULA),
                bad("a formula after blanks", "control,  =1+1,2026-11-01,2026-11-14,100,10,1", "Line 2: " + FORMULA),
                bad("too few columns", "control,LinkedIn,2026-11-01", "Line 2: expected 7 values, found 3."),
                bad("too many columns", GOOD + ",extra", "Line 2: expected 7 values, found 8."),
                bad("a blank line of commas", ",,,,,,", "Line 2: variant must be a whole number from 0 to "
                        + "1,000,000,000,000, not “”."),
                bad("negative impressions", "control,LinkedIn,2026-11-01,2026-11-14,-5,0,0",
                        "Line 2: impressions" + WHOLE + "-5”."),
                bad("negative clicks", "control,LinkedIn,2026-11-01,2026-11-14,100,-1,0",
                        "Line 2: clicks" + WHOLE + "-1”."),
                bad("negative conversions", "control,LinkedIn,2026-11-01,2026-11-14,100,10,-1",
                        "Line 2: conversions" + WHOLE + "-1”."),
                bad("fractional impressions", "control,LinkedIn,2026-11-01,2026-11-14,10.5,1,0",
                        "Line 2: impressions" + WHOLE + "10.5”."),
                bad("impressions beyond a long", "control,LinkedIn,2026-11-01,2026-11-14,99999999999999999999,1,0",
                        "Line 2: impressions" + WHOLE + "99999999999999999999”."),
                bad("impressions over a trillion", "control,LinkedIn,2026-11-01,2026-11-14,1000000000001,1,0",
                        "Line 2: impressions" + WHOLE + "1000000000001”."),
                bad("a 100,000-digit number", "control,LinkedIn,2026-11-01,2026-11-14," + "9".repeat(100_000) + ",1,0",
                        "Line 2: impressions" + WHOLE + "9".repeat(40) + "…”."),
                bad("impressions with a thousands separator", "control,LinkedIn,2026-11-01,2026-11-14,\"10,000\",1,0",
                        "Line 2: impressions" + WHOLE + "10,000”."),
                bad("more clicks than impressions", "control,LinkedIn,2026-11-01,2026-11-14,100,101,0",
                        "Line 2: clicks (101) exceed impressions (100)."),
                bad("a period in 1899", "control,LinkedIn,1899-12-31,2026-11-14,100,10,1",
                        "Line 2: period_start must be between 2000-01-01 and 2099-12-31, not 1899-12-31."),
                bad("a period ending in 9999", "control,LinkedIn,2026-11-01,9999-12-31,100,10,1",
                        "Line 2: period_end must be between 2000-01-01 and 2099-12-31, not 9999-12-31."),
                bad("a date written the European way", "control,LinkedIn,01.11.2026,2026-11-14,100,10,1",
                        "Line 2: period_start must be a date like 2026-11-30, not “01.11.2026”."),
                bad("the 30th of February", "control,LinkedIn,2026-02-30,2026-11-14,100,10,1",
                        "Line 2: period_start must be a date like 2026-11-30, not “2026-02-30”."),
                bad("an end before the start", "control,LinkedIn,2026-11-14,2026-11-01,100,10,1",
                        "Line 2: period_end is before period_start."),
                bad("an empty channel", "control,,2026-11-01,2026-11-14,100,10,1",
                        "Line 2: channel must be 1 to 60 characters."),
                bad("a 61-character channel", "control," + "c".repeat(61) + ",2026-11-01,2026-11-14,100,10,1",
                        "Line 2: channel must be 1 to 60 characters."),
                bad("text read in the wrong encoding", "control,Link\uFFFD\uFFFDdIn,2026-11-01,2026-11-14,100,10,1",
                        "Line 2: channel holds characters that could not be read; save the file as UTF-8 and import "
                                + "it again."),
                bad("a NUL byte in the channel", "control,Linked\u0000In,2026-11-01,2026-11-14,100,10,1",
                        "Line 2: channel holds characters that could not be read; save the file as UTF-8 and import "
                                + "it again."),
                bad("a variant that is no generation of the campaign", "999999,LinkedIn,2026-11-01,2026-11-14,100,10,1",
                        "Line 2: variant 999999 is not a generation of this campaign."),
                bad("SQL as the variant", "1 OR 1=1,LinkedIn,2026-11-01,2026-11-14,100,10,1",
                        "Line 2: variant" + WHOLE + "1 OR 1=1”."),
                new Bad("a wrong header", "variant;channel;start\n" + GOOD,
                        "Line 1: the header must be " + HEADER + "."),
                new Bad("the columns in another order", "channel,variant,period_start,period_end,impressions,clicks,"
                        + "conversions\nLinkedIn,control,2026-11-01,2026-11-14,1,1,1", "Line 1: the header must be "
                        + HEADER + "."),
                new Bad("a duplicated header column", "variant,variant,period_start,period_end,impressions,clicks,"
                        + "conversions\n" + GOOD, "Line 1: the header must be " + HEADER + "."),
                new Bad("only a header", HEADER + "\n", "The file has no rows to import."),
                new Bad("nothing at all", "", "Line 1: the header must be " + HEADER + "."),
                new Bad("a bad row after two good ones", String.join("\n", HEADER, GOOD, GOOD,
                        "control,LinkedIn,2026-11-01,2026-11-14,100,lots,1"), "Line 4: clicks" + WHOLE + "lots”."),
                new Bad("a file over 1 MB", HEADER + ("\n" + GOOD).repeat(20_000),
                        "The file is larger than 1 MB; split it into several imports of at most 10,000 rows."),
                new Bad("10,001 rows", HEADER + "\ncontrol,W,2026-11-01,2026-11-14,1,1,1".repeat(10_001),
                        "Line 10002: the file has more than 10,000 rows; split it into several imports."));
    }

    @ParameterizedTest(name = "{0}: the import is refused at the field, naming the line, and nothing is saved")
    @MethodSource("refused")
    void a_bad_file_is_refused_at_the_import_field_naming_the_line_and_saves_nothing(Bad bad) {
        var section = _get(AbSection.class);

        _setValue(section.csv, bad.csv());
        _click(section.importButton);

        assertThat(section.csv.isInvalid()).isTrue();
        assertThat(section.csv.getErrorMessage()).isEqualTo(bad.message());
        assertThat(resultRows()).isZero();
    }

    @ParameterizedTest(name = "the import is refused at the field for {0}")
    @MethodSource("malformedCsv")
    void malformed_csv_is_refused_and_saves_nothing(String what, String csv) {
        var section = _get(AbSection.class);

        _setValue(section.csv, csv);
        _click(section.importButton);

        assertThat(section.csv.isInvalid()).isTrue();
        assertThat(section.csv.getErrorMessage()).startsWith("The file is not valid CSV");
        assertThat(resultRows()).isZero();
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> malformedCsv() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("an unclosed quote",
                        HEADER + "\ncontrol,\"LinkedIn,2026-11-01,2026-11-14,100,10,1"));
    }

    static Stream<String> harmless() {
        return Stream.of("<script>alert('x')</script>", "'; DROP TABLE ab_result;--", "Li\u0301nke\u0308dIn",
                "\u05dc\u05d9\u05e0\u05e7\u05d3\u05d0\u05d9\u05df", "TikTok \uD83C\uDFAC", "Linked\u200BIn",
                "c".repeat(60));
    }

    @ParameterizedTest(name = "the channel {0} is saved as written")
    @MethodSource("harmless")
    void an_odd_but_harmless_channel_is_saved_as_written(String channel) {
        var section = _get(AbSection.class);

        _setValue(section.csv, HEADER + "\ncontrol,\"" + channel + "\",2026-11-01,2026-11-14,100,10,1");
        _click(section.importButton);

        assertThat(section.csv.isInvalid()).isFalse();
        assertThat(jdbc.queryForList("select channel from ab_result where campaign_id = ?", String.class, campaignId))
                .containsExactly(channel);
    }

    @org.junit.jupiter.api.Test
    void a_file_saved_by_excel_with_a_byte_order_mark_is_imported() {
        var section = _get(AbSection.class);

        _setValue(section.csv, "\uFEFF" + HEADER + "\r\n" + GOOD + "\r\n" + GOOD.replace("LinkedIn", "Web") + "\r\n");
        _click(section.importButton);

        assertThat(section.csv.isInvalid()).isFalse();
        assertThat(resultRows()).isEqualTo(2);
    }

    record BadEntry(String what, java.util.function.Consumer<AbEntryForm> input,
            java.util.function.Function<AbEntryForm, com.vaadin.flow.component.HasValidation> field, String message) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<BadEntry> refusedEntries() {
        var formula = "Channel must not start with =, +, - or @ (a spreadsheet would run it as a formula).";
        var whole = " must be a whole number from 0 to 1,000,000,000,000, not “";
        return Stream.of(
                new BadEntry("no variant", f -> f.variant.clear(), f -> f.variant, "Choose a variant."),
                new BadEntry("an empty channel", f -> _setValue(f.channel, ""), f -> f.channel,
                        "Channel must be 1 to 60 characters."),
                new BadEntry("a 100k-character channel", f -> _setValue(f.channel, "c".repeat(100_000)), f -> f.channel,
                        "Channel must be 1 to 60 characters."),
                new BadEntry("a HYPERLINK formula", f -> _setValue(f.channel, "=HYPERLINK(\"http://evil.example\")"),
                        f -> f.channel, formula),
                new BadEntry("a channel with a NUL", f -> _setValue(f.channel, "Linked\u0000In"), f -> f.channel,
                        "Channel holds characters that could not be read; save the file as UTF-8 and import it again."),
                new BadEntry("no start date", f -> _setValue(f.periodStart, null), f -> f.periodStart,
                        "Period_start is missing."),
                new BadEntry("a start in year 1", f -> _setValue(f.periodStart, java.time.LocalDate.of(1, 1, 1)),
                        f -> f.periodStart, "Period_start must be between 2000-01-01 and 2099-12-31, not 0001-01-01."),
                new BadEntry("an end in year 9999", f -> _setValue(f.periodEnd, java.time.LocalDate.of(9999, 12, 31)),
                        f -> f.periodEnd, "Period_end must be between 2000-01-01 and 2099-12-31, not 9999-12-31."),
                new BadEntry("an end before the start", f -> _setValue(f.periodEnd, java.time.LocalDate.of(2026, 10, 31)),
                        f -> f.periodEnd, "Period_end is before period_start."),
                new BadEntry("negative impressions", f -> _setValue(f.impressions, -1), f -> f.impressions,
                        "Impressions" + whole + "-1”."),
                new BadEntry("the lowest int as clicks", f -> _setValue(f.clicks, Integer.MIN_VALUE), f -> f.clicks,
                        "Clicks" + whole + Integer.MIN_VALUE + "”."),
                new BadEntry("no impressions", f -> _setValue(f.impressions, null), f -> f.impressions,
                        "Impressions is missing."),
                new BadEntry("more clicks than impressions", f -> _setValue(f.clicks, 10_001), f -> f.clicks,
                        "Clicks (10001) exceed impressions (10000)."));
    }

    @ParameterizedTest(name = "typed in: {0} is named at its field and nothing is saved")
    @MethodSource("refusedEntries")
    void a_bad_typed_in_row_is_named_at_its_field_and_nothing_is_saved(BadEntry bad) {
        var form = _get(AbSection.class).entry;
        form.variant.setValue(form.variant.getListDataView().getItem(0));
        _setValue(form.channel, "LinkedIn");
        _setValue(form.periodStart, java.time.LocalDate.of(2026, 11, 1));
        _setValue(form.periodEnd, java.time.LocalDate.of(2026, 11, 14));
        _setValue(form.impressions, 10_000);
        _setValue(form.clicks, 200);
        _setValue(form.conversions, 20);

        bad.input().accept(form);
        _click(form.add);

        var field = bad.field().apply(form);
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(bad.message());
        assertThat(resultRows()).isZero();
    }

    private static Bad bad(String what, String row, String message) {
        return new Bad(what, HEADER + "\n" + row, message);
    }

    private long resultRows() {
        return jdbc.queryForObject("select count(*) from ab_result where campaign_id = ?", Long.class, campaignId);
    }
}
