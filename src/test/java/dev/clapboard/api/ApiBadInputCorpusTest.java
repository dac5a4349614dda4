package dev.clapboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.clapboard.campaign.Campaigns;
import dev.clapboard.support.ClapboardTest;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Bad-input corpus for the campaign endpoint of the REST API, one case a line: what is refused gets a
 * problem+json answer naming the field and writes no row; what is odd but allowed (markup, SQL-looking text,
 * every kind of unicode) is stored exactly as sent and never interpreted.
 */
@ClapboardTest
class ApiBadInputCorpusTest {

    /** Every case overrides fields of this valid campaign (JSON keeps the last of duplicate keys). */
    private static final String VALID = "\"name\": \"Corpus\", \"brand\": \"Northwind\", \"budget\": {\"amount\": 100}";
    private static final String HUGE = "x".repeat(100_000);

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Campaigns testCampaigns;

    ApiCall api;

    @BeforeEach
    void setUp() {
        api = new ApiCall(context, tokens.create("Corpus", ApiScope.CAMPAIGNS_READ, ApiScope.CAMPAIGNS_WRITE));
    }

    /** Other tests in this context expect the demo campaign to be the only one. */
    @AfterEach
    void removeCampaigns() {
        testCampaigns.removeTestCampaigns();
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                arguments("an empty name", "\"name\": \"\"", "name"),
                arguments("a blank name", "\"name\": \"   \"", "name"),
                arguments("no name", "\"name\": null", "name"),
                arguments("a 100k-character name", "\"name\": \"" + HUGE + "\"", "name"),
                arguments("a name one over the limit", "\"name\": \"" + "n".repeat(161) + "\"", "name"),
                arguments("an empty brand", "\"brand\": \"\"", "brand"),
                arguments("a 100k-character brand", "\"brand\": \"" + HUGE + "\"", "brand"),
                arguments("a 100k-character objective", "\"objective\": \"" + HUGE + "\"", "objective"),
                arguments("21 audiences", "\"audiences\": [" + "\"a\",".repeat(20) + "\"a\"]", "audiences"),
                arguments("no budget", "\"budget\": null", "budget"),
                arguments("a budget without amount", "\"budget\": {}", "budget.amount"),
                arguments("a negative budget", "\"budget\": {\"amount\": -1}", "budget.amount"),
                arguments("a negative cent", "\"budget\": {\"amount\": -0.01}", "budget.amount"),
                arguments("a four-letter currency", "\"budget\": {\"amount\": 1, \"currency\": \"EURO\"}",
                        "budget.currency"),
                arguments("an empty currency", "\"budget\": {\"amount\": 1, \"currency\": \"\"}", "budget.currency"),
                arguments("a negative baseline cost", "\"baselineCost\": {\"amount\": -5}", "baselineCost.amount"),
                arguments("a negative lead time", "\"baselineLeadTimeDays\": -1", "baselineLeadTimeDays"),
                arguments("zero baseline variants", "\"baselineVariants\": 0", "baselineVariants"),
                arguments("negative baseline variants", "\"baselineVariants\": -2147483648", "baselineVariants"),
                arguments("baseline variants beyond int", "\"baselineVariants\": 2147483648", null),
                arguments("a budget that is text", "\"budget\": {\"amount\": \"lots\"}", null),
                arguments("an unknown status", "\"status\": \"NOPE\"", null),
                arguments("a start date that is not a date", "\"startDate\": \"tomorrow\"", null),
                arguments("a start date of 31 February", "\"startDate\": \"2026-02-31\"", null),
                arguments("a name that is an object", "\"name\": {\"first\": \"x\"}", null));
    }

    @ParameterizedTest(name = "{0} is refused and writes nothing")
    @MethodSource("refused")
    void bad_campaign_input_is_refused_with_a_problem_naming_the_field(String what, String fields,
            @Nullable String field) throws Exception {
        var before = campaignRows();

        var response = api.post("/api/v1/campaigns", "{" + VALID + ", " + fields + "}");

        assertThat(response.getStatus()).as(what).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (field != null) {
            assertThat(api.json(response).path("errors").findValuesAsString("field")).as(what).contains(field);
        }
        assertThat(campaignRows()).as("campaign rows after " + what).isEqualTo(before);
    }

    static Stream<Arguments> storedAsSent() {
        return Stream.of(
                arguments("a script tag", "<script>alert('x')</script>"),
                arguments("an image with onerror", "<img src=x onerror=alert(1)>"),
                arguments("SQL-looking text", "Robert'); DROP TABLE campaign;--"),
                arguments("a SQL comment and quote", "' OR '1'='1' /*"),
                arguments("a spreadsheet formula", "=HYPERLINK(\"http://evil.example\",\"click\")"),
                arguments("combining marks", "Z\u0335\u0321a\u0337l\u0336g\u0338o"),
                arguments("right-to-left text", "\u062d\u0645\u0644\u0629 \u0627\u0644\u0631\u0628\u064a\u0639"),
                arguments("a right-to-left override", "Launch \u202Egnirps"),
                arguments("emoji", "Launch \uD83D\uDE80\uD83C\uDFAC"),
                arguments("a family emoji with joiners", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 launch"),
                arguments("a zero-width space inside", "Spring\u200BLaunch"),
                arguments("a name of exactly 160 characters", "n".repeat(160)),
                arguments("percent and underscore", "100% _off_ \\\\ sale"));
    }

    @ParameterizedTest(name = "{0} is stored exactly as sent")
    @MethodSource("storedAsSent")
    void odd_but_harmless_names_are_stored_exactly_as_sent(String what, String name) throws Exception {
        var before = campaignRows();
        var body = "{" + VALID + ", \"name\": " + api.jsonString(name) + "}";

        var response = api.post("/api/v1/campaigns", body);

        assertThat(response.getStatus()).as(what + ": " + response.getContentAsString()).isEqualTo(201);
        var id = api.json(response).path("id").asLong();
        assertThat(api.json(api.get("/api/v1/campaigns/" + id)).path("name").asString()).isEqualTo(name);
        assertThat(campaignRows()).isEqualTo(before + 1);
    }

    private long campaignRows() {
        return jdbc.queryForObject("select count(*) from campaign", Long.class);
    }
}
