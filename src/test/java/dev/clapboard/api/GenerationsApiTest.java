package dev.clapboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.campaign.CampaignService;
import dev.clapboard.generation.GenerationStatus;
import dev.clapboard.prompt.PromptService;
import dev.clapboard.support.AwaitGenerations;
import dev.clapboard.support.Cards;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The three calls of the README: save a prompt version, request a video, follow it and download it. */
@ClapboardTest
class GenerationsApiTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiTokens tokens;
    @Autowired
    CampaignService campaigns;
    @Autowired
    PromptService prompts;
    @Autowired
    Cards cards;
    @Autowired
    AwaitGenerations await;
    @Autowired
    SignIn signIn;

    ApiCall api;
    long campaignId;
    long cardId;

    @BeforeEach
    void setUp() {
        api = new ApiCall(context, tokens.all("Automation"));
        signIn.as(DemoLogins.CREATOR);
        campaignId = campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id();
        cardId = cards.newCard(campaignId, "API video");
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long promptVersion(String text) throws Exception {
        var response = api.post("/api/v1/cards/" + cardId + "/prompt-versions",
                "{\"text\": \"%s\", \"note\": \"from the CMS\"}".formatted(text));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return api.json(response).path("id").asLong();
    }

    @Test
    void a_prompt_version_is_saved_from_text() throws Exception {
        var id = promptVersion("A drone shot over a harbour at dawn");

        signIn.as(DemoLogins.REVIEWER);
        var saved = prompts.version(id).orElseThrow();
        assertThat(saved.text()).isEqualTo("A drone shot over a harbour at dawn");
        assertThat(saved.note()).isEqualTo("from the CMS");
        assertThat(saved.cardId()).isEqualTo(cardId);
    }

    @Test
    void a_prompt_version_is_saved_from_a_template_with_its_placeholder_values() throws Exception {
        var response = api.post("/api/v1/cards/" + cardId + "/prompt-versions", """
                {"templateKey": "builtin/product-presentation", "values": {"audience": "finance",
                 "product": "Northwind Analytics", "setting": "a bright office", "duration": "8"}}""");

        assertThat(response.getStatus()).isEqualTo(201);
        var text = api.json(response).path("text").asString();
        assertThat(text).contains("A finance professional works with Northwind Analytics", "8 seconds");
        assertThat(api.json(response).path("templateKey").asString()).isEqualTo("builtin/product-presentation");
    }

    @Test
    void a_template_with_a_missing_value_is_refused_naming_the_placeholder() throws Exception {
        var response = api.post("/api/v1/cards/" + cardId + "/prompt-versions",
                "{\"templateKey\": \"builtin/product-presentation\", \"values\": {\"audience\": \"finance\"}}");

        assertThat(response.getStatus()).isEqualTo(400);
        var problem = api.json(response);
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("values");
        assertThat(problem.path("detail").asString()).contains("product", "setting", "duration");
    }

    @Test
    void a_generation_is_requested_followed_listed_and_its_video_downloaded_with_range() throws Exception {
        var versionId = promptVersion("A lighthouse keeper reads a dashboard");

        var requested = api.post("/api/v1/generations", """
                {"promptVersionId": %d, "model": "storyboard-1", "size": "1280x720", "durationSeconds": 4}"""
                .formatted(versionId));
        assertThat(requested.getStatus()).as(requested.getContentAsString()).isEqualTo(202);
        var generationId = api.json(requested).path("items").get(0).path("id").asLong();
        assertThat(api.json(api.get("/api/v1/generations/" + generationId)).path("promptVersionId").asLong())
                .isEqualTo(versionId);

        signIn.as(DemoLogins.ADMIN);
        assertThat(await.ended(generationId).status()).isEqualTo(GenerationStatus.SUCCEEDED);
        SignIn.out();

        var status = api.json(api.get("/api/v1/generations/" + generationId));
        assertThat(status.path("status").asString()).isEqualTo("SUCCEEDED");
        var listed = api.json(api.get("/api/v1/campaigns/" + campaignId + "/generations?status=SUCCEEDED"));
        assertThat(listed.path("items").findValues("id").stream().map(n -> n.asLong())).contains(generationId);
        var failedOnly = api.json(api.get("/api/v1/campaigns/" + campaignId + "/generations?status=FAILED"));
        assertThat(failedOnly.path("items").findValues("id").stream().map(n -> n.asLong())).doesNotContain(generationId);

        var whole = api.get("/api/v1/generations/" + generationId + "/video");
        assertThat(whole.getStatus()).isEqualTo(200);
        assertThat(whole.getContentType()).isEqualTo("video/mp4");
        var part = api.send(MockMvcRequestBuilders.get("/api/v1/generations/" + generationId + "/video")
                .header("Range", "bytes=0-99"));
        assertThat(part.getStatus()).isEqualTo(206);
        assertThat(part.getContentAsByteArray()).isEqualTo(java.util.Arrays.copyOf(whole.getContentAsByteArray(), 100));
        var thumbnail = api.get("/api/v1/generations/" + generationId + "/thumbnail");
        assertThat(thumbnail.getStatus()).isEqualTo(200);
        assertThat(thumbnail.getContentType()).startsWith("image/");
    }

    @Test
    void a_generation_that_has_no_video_yet_is_not_found_as_media() throws Exception {
        assertThat(api.get("/api/v1/generations/987654/video").getStatus()).isEqualTo(404);
        assertThat(api.get("/api/v1/generations/987654").getStatus()).isEqualTo(404);
    }

    @Test
    void a_request_for_an_unknown_prompt_version_is_not_found() throws Exception {
        var response = api.post("/api/v1/generations",
                "{\"promptVersionId\": 987654, \"model\": \"storyboard-1\", \"size\": \"1280x720\", \"durationSeconds\": 4}");

        assertThat(response.getStatus()).isEqualTo(404);
    }

    @Test
    void a_bad_size_is_named_at_its_field() throws Exception {
        var response = api.post("/api/v1/generations",
                "{\"promptVersionId\": 1, \"model\": \"storyboard-1\", \"size\": \"big\", \"durationSeconds\": 4}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(api.json(response).path("errors").get(0).path("field").asString()).isEqualTo("size");
    }

    @Test
    void the_campaign_roi_report_is_json_in_euros() throws Exception {
        var response = api.get("/api/v1/campaigns/" + campaignId + "/roi");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_JSON_VALUE);
        var report = api.json(response);
        assertThat(report.path("campaignId").asLong()).isEqualTo(campaignId);
        assertThat(report.path("budget").path("currency").asString()).isEqualTo("EUR");
        assertThat(report.path("baselineCost").path("amount").isNumber()).isTrue();
    }
}
