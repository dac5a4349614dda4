package dev.clapboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.Campaigns;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Bad input gets a clear problem+json answer and changes nothing; a repeated POST creates nothing new. */
@ClapboardTest
class ApiInputTest {

    static final String CAMPAIGN = "{\"name\": \"%s\", \"brand\": \"Northwind\", \"budget\": {\"amount\": 100}}";

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiTokens tokens;
    @Autowired
    CampaignService campaigns;
    @Autowired
    SignIn signIn;

    ApiCall api;

    @BeforeEach
    void setUp() {
        api = new ApiCall(context, tokens.create("Input", ApiScope.CAMPAIGNS_READ, ApiScope.CAMPAIGNS_WRITE));
    }

    @Autowired
    Campaigns testCampaigns;

    /** Other tests in this context expect the demo campaign to be the only one. */
    @AfterEach
    void removeCampaignsAndSignOut() {
        testCampaigns.removeTestCampaigns();
        SignIn.out();
    }

    long campaignsNamed(String name) {
        signIn.as(DemoLogins.MANAGER);
        try {
            return campaigns.list(new dev.clapboard.campaign.CampaignFilter(name, null), PageRequest.of(0, 100))
                    .getTotalElements();
        } finally {
            SignIn.out();
        }
    }

    @Test
    void malformed_json_is_a_400_problem() throws Exception {
        var response = api.post("/api/v1/campaigns", "{\"name\": \"Broken\", ");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(campaignsNamed("Broken")).isZero();
    }

    @Test
    void a_body_over_the_limit_is_refused_with_413_and_nothing_is_created() throws Exception {
        var huge = CAMPAIGN.formatted("Huge" + " ".repeat(2 * 1024 * 1024));

        var response = api.post("/api/v1/campaigns", huge);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(campaignsNamed("Huge")).isZero();
    }

    @Test
    void a_body_that_is_not_json_is_refused_with_415() throws Exception {
        var response = api.send(MockMvcRequestBuilders.post("/api/v1/campaigns").contentType(MediaType.TEXT_PLAIN)
                .content("name=Plain"));

        assertThat(response.getStatus()).isEqualTo(415);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    @Test
    void unknown_fields_are_ignored_as_documented() throws Exception {
        var response = api.post("/api/v1/campaigns",
                "{\"name\": \"Tolerant\", \"brand\": \"N\", \"budget\": {\"amount\": 1}, \"colour\": \"blue\"}");

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(campaignsNamed("Tolerant")).isEqualTo(1);
    }

    @Test
    void a_tampered_cursor_is_refused_with_400_naming_the_cursor() throws Exception {
        api.post("/api/v1/campaigns", CAMPAIGN.formatted("Cursor one"));
        api.post("/api/v1/campaigns", CAMPAIGN.formatted("Cursor two"));
        var next = api.json(api.get("/api/v1/campaigns?limit=1")).path("next").asString();
        var payload = next.substring(0, next.indexOf('.'));
        var forged = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("0:0:100".getBytes(StandardCharsets.UTF_8)) + next.substring(next.indexOf('.'));

        for (var bad : new String[] {forged, "garbage", payload + ".AAAA"}) {
            var response = api.get("/api/v1/campaigns?cursor=" + bad);
            assertThat(response.getStatus()).as(bad).isEqualTo(400);
            assertThat(api.json(response).path("errors").get(0).path("field").asString()).isEqualTo("cursor");
        }
        assertThat(api.get("/api/v1/campaigns?cursor=" + next).getStatus()).isEqualTo(200);
    }

    @Test
    void a_cursor_of_one_list_is_refused_by_another() throws Exception {
        api.post("/api/v1/campaigns", CAMPAIGN.formatted("List one"));
        api.post("/api/v1/campaigns", CAMPAIGN.formatted("List two"));
        var next = api.json(api.get("/api/v1/campaigns?limit=1")).path("next").asString();
        var campaignId = api.json(api.get("/api/v1/campaigns?limit=1")).path("items").get(0).path("id").asLong();

        assertThat(api.get("/api/v1/campaigns/" + campaignId + "/cards?cursor=" + next).getStatus()).isEqualTo(400);
    }

    @Test
    void a_repeated_post_with_the_same_idempotency_key_returns_the_first_answer_and_creates_nothing_new()
            throws Exception {
        var post = MockMvcRequestBuilders.post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "order-4711").content(CAMPAIGN.formatted("Once only"));

        var first = api.send(post);
        var again = api.send(MockMvcRequestBuilders.post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "order-4711").content(CAMPAIGN.formatted("Once only")));

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(again.getStatus()).isEqualTo(201);
        assertThat(again.getHeader("Idempotency-Replayed")).isEqualTo("true");
        assertThat(api.json(again).path("id").asLong()).isEqualTo(api.json(first).path("id").asLong());
        assertThat(campaignsNamed("Once only")).isEqualTo(1);
    }

    @Test
    void an_idempotency_key_reused_for_a_different_request_is_refused() throws Exception {
        api.send(MockMvcRequestBuilders.post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "order-4712").content(CAMPAIGN.formatted("First use")));

        var reused = api.send(MockMvcRequestBuilders.post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "order-4712").content(CAMPAIGN.formatted("Other use")));

        assertThat(reused.getStatus()).isEqualTo(422);
        assertThat(campaignsNamed("Other use")).isZero();
    }

    @Test
    void a_refused_post_is_replayed_as_refused_too() throws Exception {
        var bad = "{\"name\": \"\"}";
        var first = api.send(MockMvcRequestBuilders.post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "bad-1").content(bad));
        var again = api.send(MockMvcRequestBuilders.post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "bad-1").content(bad));

        assertThat(first.getStatus()).isEqualTo(400);
        assertThat(again.getStatus()).isEqualTo(400);
        assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());
    }
}
