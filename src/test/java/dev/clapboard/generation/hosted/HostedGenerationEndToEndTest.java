package dev.clapboard.generation.hosted;

import static dev.clapboard.generation.hosted.StubServer.Answer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.clapboard.campaign.CampaignService;
import dev.clapboard.finance.CostLedger;
import dev.clapboard.finance.LedgerKind;
import dev.clapboard.finance.LedgerLine;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationStatus;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.generation.ProviderEndpointService;
import dev.clapboard.generation.ProviderEndpointService.EndpointForm;
import dev.clapboard.generation.ProviderKind;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.AwaitGenerations;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.notification.NotificationKind;
import dev.clapboard.notification.NotificationService;
import dev.clapboard.support.SignIn;
import dev.clapboard.workspace.QuotaService;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A workspace adds a {@code /v1/videos} gateway (a stub here), a creator generates on it through the service,
 * the output is archived in our media store and streams from {@code /media/{id}}.
 */
@ClapboardTest
class HostedGenerationEndToEndTest {

    static final String KEY = "sk-live-end-to-end-4242";

    @Autowired
    ProviderEndpointService endpoints;
    @Autowired
    GenerationService generations;
    @Autowired
    AwaitGenerations await;
    @Autowired
    CampaignService campaigns;
    @Autowired
    QuotaService quota;
    @Autowired
    NotificationService notifications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CostLedger ledger;
    @Autowired
    SecretBox secrets;
    @Autowired
    SignIn signIn;
    @Autowired
    WebApplicationContext context;

    StubServer stub;

    @BeforeEach
    void startStub() throws Exception {
        stub = new StubServer();
    }

    @AfterEach
    void stop() {
        stub.close();
        SignIn.out();
        // endpoints are workspace data; other tests on this context expect only the local provider
        jdbc.sql("delete from provider_endpoint").update();
    }

    long addGateway(String name) {
        signIn.as(DemoLogins.ADMIN);
        var saved = endpoints.save(new EndpointForm(null, ProviderKind.VIDEOS_API, name, stub.base("/v1").toString(),
                KEY, "", "USD", "sora-2 0.10", "", true));
        assertThat(saved.generatedWebhookSecret()).startsWith("whsec_");
        SignIn.out();
        return saved.endpoint().id();
    }

    @Test
    void a_video_made_on_a_hosted_gateway_is_archived_and_streams_from_our_server() throws Exception {
        var endpointId = addGateway("Stub gateway");
        var video = new byte[4096];
        for (int i = 0; i < video.length; i++) {
            video[i] = (byte) (i * 31);
        }
        stub.on("POST /v1/videos", json(200, "{\"id\":\"video_e2e\",\"status\":\"queued\"}"))
                .on("GET /v1/videos/video_e2e", json(200, "{\"id\":\"video_e2e\",\"status\":\"in_progress\","
                        + "\"progress\":50}"), json(200, "{\"id\":\"video_e2e\",\"status\":\"completed\","
                        + "\"progress\":100}"))
                .on("GET /v1/videos/video_e2e/content?variant=video", StubServer.Answer.bytes(video))
                .on("GET /v1/videos/video_e2e/content?variant=thumbnail", StubServer.Answer.bytes(new byte[] {1}));

        var creator = signIn.as(DemoLogins.CREATOR);
        var providerId = "endpoint-" + endpointId;
        assertThat(generations.providers()).anySatisfy(p -> {
            assertThat(p.id()).isEqualTo(providerId);
            assertThat(p.displayName()).isEqualTo("Stub gateway");
        });
        var campaignId = campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id();
        var order = new GenerationOrder(campaignId, null, null, "A lighthouse at dawn", "Shot 1", providerId,
                "sora-2", new VideoSize(1280, 720), 8, 1, "cinematic");
        assertThat(generations.estimate(order).providerPrice().amount()).isEqualByComparingTo("0.80");
        var requested = generations.request(order).getFirst();

        var done = await.ended(requested.id());

        assertThat(done.status()).as(String.valueOf(done.failureReason())).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(done.providerId()).isEqualTo(providerId);
        var http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var response = http.perform(get("/media/{id}", done.videoMediaId()).with(authentication(creator)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEqualTo(video);
        var submit = stub.requests("POST", "/v1/videos").getFirst();
        assertThat(submit.header("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(submit.body()).contains("\"seconds\":\"8\"").contains("\"size\":\"1280x720\"");
    }

    @Test
    void a_new_version_from_a_hosted_output_is_a_remix_of_that_video_at_the_gateway() throws Exception {
        var endpointId = addGateway("Remix gateway");
        stub.on("POST /v1/videos", json(200, "{\"id\":\"video_first\",\"status\":\"queued\"}"))
                .on("POST /v1/videos/video_first/remix", json(200, "{\"id\":\"video_second\",\"status\":\"queued\"}"));
        for (var id : new String[] {"video_first", "video_second"}) {
            stub.on("GET /v1/videos/" + id, json(200, "{\"id\":\"" + id + "\",\"status\":\"completed\"}"))
                    .on("GET /v1/videos/" + id + "/content?variant=video", StubServer.Answer.bytes(new byte[2048]))
                    .on("GET /v1/videos/" + id + "/content?variant=thumbnail", StubServer.Answer.bytes(new byte[] {1}));
        }
        var first = await.ended(requestOn(endpointId).id());
        assertThat(first.status()).as(String.valueOf(first.failureReason())).isEqualTo(GenerationStatus.SUCCEEDED);

        var remix = generations.remix(first.id(), "Fog lifting over a harbour, gulls");
        var done = await.ended(remix.id());

        assertThat(done.status()).as(String.valueOf(done.failureReason())).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(done.remixedFromId()).isEqualTo(first.id());
        assertThat(done.promptText()).isEqualTo("Fog lifting over a harbour, gulls");
        assertThat(stub.requests("POST", "/v1/videos")).hasSize(1);
        assertThat(stub.requests("POST", "/v1/videos/video_first/remix")).singleElement()
                .satisfies(r -> assertThat(r.body()).isEqualTo("{\"prompt\":\"Fog lifting over a harbour, gulls\"}"));
    }

    @Test
    void the_database_never_holds_the_key_in_clear() {
        var endpointId = addGateway("Sealed gateway");

        var stored = jdbc.sql("select api_key_cipher, webhook_secret_cipher from provider_endpoint where id = ?")
                .param(endpointId).query((rs, row) -> rs.getString(1) + " " + rs.getString(2)).single();

        assertThat(stored).doesNotContain(KEY).doesNotContain("4242").contains("v1:");
        assertThat(secrets.decrypt(stored.split(" ")[0])).isEqualTo(KEY);
        signIn.as(DemoLogins.ADMIN);
        assertThat(endpoints.list()).filteredOn(e -> e.id() == endpointId).singleElement().satisfies(e -> {
            assertThat(e.maskedKey()).isEqualTo(ProviderEndpointService.MASKED_KEY);
            assertThat(e.toString()).doesNotContain(KEY);
        });
    }

    @Test
    void a_manager_can_neither_see_nor_add_provider_endpoints() {
        signIn.as(DemoLogins.MANAGER);

        assertThatThrownBy(() -> endpoints.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> endpoints.save(new EndpointForm(null, ProviderKind.VIDEOS_API, "Sneaky",
                "https://api.example.com/v1", "sk-x", "", "USD", "sora-2 0.1", "", true)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bad_input_is_refused_at_its_field_and_nothing_is_saved() {
        signIn.as(DemoLogins.ADMIN);
        var before = endpoints.list().size();

        assertThat(endpoints.problems(new EndpointForm(null, ProviderKind.VIDEOS_API, "X", "ftp://files.example",
                "sk with space", "", "USD", "sora-2 cheap", "", true)))
                .containsKeys("baseUrl", "apiKey", "priceTable");
        assertThat(endpoints.baseUrlProblem("not a url")).isPresent();
        assertThat(endpoints.baseUrlProblem("http://localhost:8080/v1")).hasValueSatisfying(
                m -> assertThat(m).contains("Clapboard itself"));
        assertThat(endpoints.baseUrlProblem("https://api.example.com/v1")).isEmpty();
        assertThatThrownBy(() -> endpoints.save(new EndpointForm(null, ProviderKind.VIDEOS_API, "Self",
                "http://127.0.0.1:8080", "sk-x", "", "USD", "sora-2 0.1", "", true)))
                .isInstanceOfSatisfying(ProviderEndpointService.EndpointRefusedException.class,
                        e -> assertThat(e.field()).isEqualTo("baseUrl"));
        assertThat(endpoints.list()).hasSize(before);
    }

    @Test
    void a_connection_test_reports_what_the_provider_answered() {
        var endpointId = addGateway("Tested gateway");
        stub.on("GET /v1/models", json(200, "{\"object\":\"list\",\"data\":[{\"id\":\"sora-2\"},{\"id\":\"x\"}]}"));
        signIn.as(DemoLogins.ADMIN);

        assertThat(endpoints.testConnection(endpointId)).isEqualTo("Connected to Tested gateway: it lists 2 models.");
        assertThat(stub.requests("GET", "/v1/models").getFirst().header("Authorization")).isEqualTo("Bearer " + KEY);
    }

    @Test
    void a_download_that_fails_once_is_tried_again_and_archived() throws Exception {
        var endpointId = addGateway("Flaky gateway");
        stub.on("POST /v1/videos", json(200, "{\"id\":\"video_flaky\",\"status\":\"queued\"}"))
                .on("GET /v1/videos/video_flaky", json(200, "{\"id\":\"video_flaky\",\"status\":\"completed\","
                        + "\"expires_at\":" + Instant.now().plus(Duration.ofHours(1)).getEpochSecond() + "}"))
                .on("GET /v1/videos/video_flaky/content?variant=video", json(503, "{\"error\":{\"message\":\"busy\"}}"),
                        StubServer.Answer.bytes(new byte[2048]))
                .on("GET /v1/videos/video_flaky/content?variant=thumbnail", StubServer.Answer.bytes(new byte[] {1}));

        var done = await.ended(requestOn(endpointId).id());

        assertThat(done.status()).as(String.valueOf(done.failureReason())).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(stub.requests("GET", "/v1/videos/video_flaky/content?variant=video")).hasSize(2);
        assertThat(done.videoMediaId()).isNotNull();
    }

    @Test
    void a_download_that_keeps_failing_until_just_before_expiry_ends_as_failed_archive() throws Exception {
        var endpointId = addGateway("Failing gateway");
        var expiresAt = Instant.now().plus(Duration.ofMinutes(5)).plusSeconds(3);
        stub.on("POST /v1/videos", json(200, "{\"id\":\"video_lost\",\"status\":\"queued\"}"))
                .on("GET /v1/videos/video_lost", json(200, "{\"id\":\"video_lost\",\"status\":\"completed\","
                        + "\"expires_at\":" + expiresAt.getEpochSecond() + "}"))
                .on("GET /v1/videos/video_lost/content?variant=video", json(503, "{\"error\":{\"message\":\"busy\"}}"));

        var done = await.ended(requestOn(endpointId).id());

        assertThat(done.status()).isEqualTo(GenerationStatus.FAILED_ARCHIVE);
        assertThat(done.failureReason()).contains("could not be copied into Clapboard before the provider deletes it");
        assertThat(done.videoMediaId()).isNull();
    }

    @Test
    void outputs_the_provider_already_deleted_end_as_failed_archive_at_once_and_their_quota_stays_used()
            throws Exception {
        var endpointId = addGateway("Forgetful gateway");
        signIn.as(DemoLogins.CREATOR);
        var before = quota.remaining().member();
        stub.on("POST /v1/videos", json(200, "{\"id\":\"video_gone\",\"status\":\"queued\"}"))
                .on("GET /v1/videos/video_gone", json(200, "{\"id\":\"video_gone\",\"status\":\"completed\"}"))
                .on("GET /v1/videos/video_gone/content?variant=video", json(410, "{\"error\":{\"message\":\"expired\"}}"));

        var done = await.ended(requestOn(endpointId).id());

        assertThat(done.status()).isEqualTo(GenerationStatus.FAILED_ARCHIVE);
        assertThat(done.failureReason()).contains("no longer has this output");
        assertThat(stub.requests("GET", "/v1/videos/video_gone/content?variant=video")).hasSize(1);
        signIn.as(DemoLogins.CREATOR);
        var after = quota.remaining().member();
        assertThat(after.usedSeconds()).as("the provider charged for the 4 s video: its quota is used, see decision 0007")
                .isEqualTo(before.usedSeconds() + 4);
        assertThat(after.reservedSeconds()).isEqualTo(before.reservedSeconds());
        org.awaitility.Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> notifications
                .mine(PageRequest.of(0, 20)).stream().anyMatch(n -> n.kind() == NotificationKind.GENERATION_FAILED
                        && n.text().contains("could not be archived before the provider deleted it")
                        && n.link().equals("generations?campaign=" + done.campaignId())));
        signIn.as(DemoLogins.MANAGER);
        org.awaitility.Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> ledger
                .entries(done.campaignId(), PageRequest.of(0, 50)).stream()
                .anyMatch(line -> done.id() == line.generationId() && line.kind() == LedgerKind.ACTUAL));
        assertThat(ledger.entries(done.campaignId(), PageRequest.of(0, 50)).stream()
                .filter(line -> done.id() == line.generationId()).map(LedgerLine::kind))
                .as("the lost video was billed: charged, not released").doesNotContain(LedgerKind.RELEASE);
    }

    private GenerationSummary requestOn(long endpointId) {
        signIn.as(DemoLogins.CREATOR);
        var campaignId = campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id();
        return generations.request(new GenerationOrder(campaignId, null, null, "Fog over a harbour", "Shot",
                "endpoint-" + endpointId, "sora-2", new VideoSize(1280, 720), 4, 1, "calm")).getFirst();
    }

}
