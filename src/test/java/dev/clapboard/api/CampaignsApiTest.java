package dev.clapboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.campaign.BoardService;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.Campaigns;
import dev.clapboard.campaign.LaneStage;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/** Campaigns and cards through the API: what a CMS does to set up a campaign's board. */
@ClapboardTest
class CampaignsApiTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiTokens tokens;
    @Autowired
    CampaignService campaigns;
    @Autowired
    BoardService boards;
    @Autowired
    SignIn signIn;

    ApiCall api;

    @BeforeEach
    void setUp() {
        api = new ApiCall(context, tokens.create("CMS", ApiScope.CAMPAIGNS_READ, ApiScope.CAMPAIGNS_WRITE));
    }

    @Autowired
    Campaigns testCampaigns;

    /** Other tests in this context expect the demo campaign to be the only one. */
    @AfterEach
    void removeCampaignsAndSignOut() {
        testCampaigns.removeTestCampaigns();
        SignIn.out();
    }

    JsonNode create(String name) throws Exception {
        var response = api.post("/api/v1/campaigns", """
                {"name": "%s", "brand": "Northwind", "objective": "Launch", "audiences": ["CFOs"],
                 "budget": {"amount": 1500, "currency": "EUR"}}""".formatted(name));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return api.json(response);
    }

    @Test
    void a_campaign_is_created_read_and_changed() throws Exception {
        var created = create("API launch");
        var id = created.path("id").asLong();
        assertThat(created.path("budget").path("amount").decimalValue()).isEqualByComparingTo("1500");
        assertThat(created.path("status").asString()).isEqualTo("PLANNING");
        assertThat(created.path("baselineLeadTimeDays").asInt()).isEqualTo(15);

        var read = api.json(api.get("/api/v1/campaigns/" + id));
        assertThat(read.path("name").asString()).isEqualTo("API launch");
        assertThat(read.path("audiences").get(0).asString()).isEqualTo("CFOs");

        var changed = api.patch("/api/v1/campaigns/" + id, "{\"name\": \"API launch 2\", \"status\": \"ACTIVE\"}");
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(api.json(changed).path("name").asString()).isEqualTo("API launch 2");
        signIn.as(DemoLogins.MANAGER);
        var stored = campaigns.find(id).orElseThrow();
        assertThat(stored.name()).isEqualTo("API launch 2");
        assertThat(stored.brand()).as("fields not sent stay as they were").isEqualTo("Northwind");
        assertThat(stored.status().name()).isEqualTo("ACTIVE");
    }

    @Test
    void the_campaign_list_pages_with_a_cursor_until_every_campaign_was_seen() throws Exception {
        create("Paging A");
        create("Paging B");
        create("Paging C");

        var names = new ArrayList<String>();
        String path = "/api/v1/campaigns?limit=2";
        int pages = 0;
        while (path != null) {
            var page = api.json(api.get(path));
            page.path("items").forEach(c -> names.add(c.path("name").asString()));
            var next = page.path("next");
            path = next.isNull() || next.isMissingNode() ? null : "/api/v1/campaigns?cursor=" + next.asString();
            pages++;
        }
        assertThat(names).contains("Paging A", "Paging B", "Paging C").doesNotHaveDuplicates();
        assertThat(pages).isGreaterThanOrEqualTo(2);
    }

    @Test
    void cards_are_created_listed_and_moved_to_another_lane() throws Exception {
        var campaignId = create("Card campaign").path("id").asLong();

        var card = api.post("/api/v1/campaigns/" + campaignId + "/cards",
                "{\"title\": \"Teaser for CFOs\", \"style\": \"Cinematic\", \"labels\": [\"cms\"]}");
        assertThat(card.getStatus()).isEqualTo(201);
        var cardId = api.json(card).path("id").asLong();
        api.post("/api/v1/campaigns/" + campaignId + "/cards", "{\"title\": \"Second\", \"stage\": \"PROMPTING\"}");

        var listed = api.json(api.get("/api/v1/campaigns/" + campaignId + "/cards?limit=1"));
        assertThat(listed.path("items").get(0).path("title").asString()).isEqualTo("Teaser for CFOs");
        assertThat(listed.path("items").get(0).path("stage").asString()).isEqualTo("IDEAS");
        var second = api.json(api.get("/api/v1/campaigns/" + campaignId + "/cards?cursor="
                + listed.path("next").asString()));
        assertThat(second.path("items").get(0).path("title").asString()).isEqualTo("Second");
        assertThat(second.path("items").get(0).path("stage").asString()).isEqualTo("PROMPTING");

        var moved = api.post("/api/v1/cards/" + cardId + "/move", "{\"stage\": \"GENERATING\"}");
        assertThat(moved.getStatus()).isEqualTo(200);
        signIn.as(DemoLogins.CREATOR);
        var lane = boards.card(cardId).orElseThrow().laneId();
        assertThat(boards.board(campaignId).orElseThrow().lanes().stream().filter(l -> l.id() == lane)
                .findFirst().orElseThrow().stage()).isEqualTo(LaneStage.GENERATING);
    }

    @Test
    void invalid_fields_are_answered_with_problem_json_naming_each_field_and_nothing_is_saved() throws Exception {
        signIn.as(DemoLogins.MANAGER);
        var before = campaigns.list(org.springframework.data.domain.PageRequest.of(0, 100)).getTotalElements();
        SignIn.out();

        var response = api.post("/api/v1/campaigns", "{\"name\": \"\", \"budget\": {\"amount\": -5}}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        var fields = new ArrayList<String>();
        api.json(response).path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).contains("name", "brand", "budget.amount");
        signIn.as(DemoLogins.MANAGER);
        assertThat(campaigns.list(org.springframework.data.domain.PageRequest.of(0, 100)).getTotalElements())
                .isEqualTo(before);
    }

    @Test
    void the_services_own_rules_refuse_with_a_problem_too() throws Exception {
        var response = api.post("/api/v1/campaigns", """
                {"name": "Backwards", "brand": "B", "budget": {"amount": 1},
                 "startDate": "2026-05-10", "endDate": "2026-05-01"}""");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(api.json(response).path("detail").asString()).isEqualTo("The end date cannot be before the start date.");
    }

    @Test
    void a_card_move_to_a_lane_that_does_not_exist_names_the_field() throws Exception {
        var campaignId = create("Bad move").path("id").asLong();
        var cardId = api.json(api.post("/api/v1/campaigns/" + campaignId + "/cards", "{\"title\": \"A\"}"))
                .path("id").asLong();

        var response = api.post("/api/v1/cards/" + cardId + "/move", "{\"stage\": \"NOWHERE\"}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }
}
