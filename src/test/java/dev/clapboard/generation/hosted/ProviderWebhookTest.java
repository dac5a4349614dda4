package dev.clapboard.generation.hosted;

import static dev.clapboard.generation.hosted.StubServer.Answer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationStatus;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.generation.ProviderEndpointService;
import dev.clapboard.generation.ProviderEndpointService.EndpointForm;
import dev.clapboard.generation.ProviderKind;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A provider's signed completion event makes us check the job at once; forged, stale and replayed deliveries
 * are refused and change nothing. The generation's next poll is parked an hour away, so only the webhook can
 * bring the check forward.
 */
@ClapboardTest
class ProviderWebhookTest {

    static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef"
            .getBytes(StandardCharsets.UTF_8));

    @Autowired
    ProviderEndpointService endpoints;
    @Autowired
    GenerationService generations;
    @Autowired
    CampaignService campaigns;
    @Autowired
    SchedulerClient scheduler;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignIn signIn;
    @Autowired
    WebApplicationContext context;

    StubServer stub;
    MockMvc http;
    long endpointId;
    GenerationSummary generation;

    @BeforeEach
    void aRunningGenerationWhosePollIsAnHourAway() throws Exception {
        stub = new StubServer();
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        signIn.as(DemoLogins.ADMIN);
        endpointId = endpoints.save(new EndpointForm(null, ProviderKind.VIDEOS_API, "Hooked gateway",
                stub.base("/v1").toString(), "sk-hook", SECRET, "USD", "sora-2 0.10", "", true)).endpoint().id();
        stub.on("POST /v1/videos", json(200, "{\"id\":\"video_hook\",\"status\":\"queued\"}"))
                .on("GET /v1/videos/video_hook", json(200, "{\"id\":\"video_hook\",\"status\":\"in_progress\","
                        + "\"progress\":30}"));
        signIn.as(DemoLogins.CREATOR);
        var campaignId = campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id();
        generation = generations.request(new GenerationOrder(campaignId, null, null, "Rain on a window", "Shot",
                "endpoint-" + endpointId, "sora-2", new VideoSize(1280, 720), 4, 1, "calm")).getFirst();
        await(g -> g.progressPercent() == 30);
        var parkedUntil = Instant.now().plus(Duration.ofHours(1));
        while (!park(parkedUntil)) {
            Thread.sleep(50); // the job was running a step; park it once that step is done
        }
        // from now on the provider says it is done; only a check can notice
        stub.on("GET /v1/videos/video_hook", json(200, "{\"id\":\"video_hook\",\"status\":\"completed\"}"))
                .on("GET /v1/videos/video_hook/content?variant=video", StubServer.Answer.bytes(new byte[2048]))
                .on("GET /v1/videos/video_hook/content?variant=thumbnail", StubServer.Answer.bytes(new byte[] {1}));
    }

    @AfterEach
    void stop() {
        stub.close();
        SignIn.out();
        // endpoints are workspace data; other tests on this context expect only the local provider
        jdbc.sql("delete from provider_endpoint").update();
    }

    @Test
    void a_signed_completion_event_triggers_an_immediate_check() throws Exception {
        var response = deliver("msg_1", Instant.now().getEpochSecond(), SECRET, event());

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("checking now");
        var done = await(g -> g.status().isFinal());
        assertThat(done.status()).isEqualTo(GenerationStatus.SUCCEEDED);
    }

    @Test
    void a_wrong_signature_is_refused_and_changes_nothing() throws Exception {
        var forged = "whsec_" + Base64.getEncoder().encodeToString(new byte[32]);

        var response = deliver("msg_2", Instant.now().getEpochSecond(), forged, event());

        assertThat(response.getStatus()).isEqualTo(401);
        assertNothingChanged();
    }

    @Test
    void a_stale_timestamp_is_refused_and_changes_nothing() throws Exception {
        var response = deliver("msg_3", Instant.now().minus(Duration.ofMinutes(6)).getEpochSecond(), SECRET, event());

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).isEqualTo("stale timestamp");
        assertNothingChanged();
    }

    @Test
    void a_replayed_delivery_is_refused() throws Exception {
        var timestamp = Instant.now().getEpochSecond();
        assertThat(deliver("msg_4", timestamp, SECRET, "{\"type\":\"video.completed\",\"data\":{}}").getStatus())
                .isEqualTo(202);

        var replay = deliver("msg_4", timestamp, SECRET, event());

        assertThat(replay.getStatus()).isEqualTo(409);
        assertNothingChanged();
    }

    @Test
    void a_delivery_for_an_unknown_endpoint_is_404() throws Exception {
        var body = event();
        var timestamp = String.valueOf(Instant.now().getEpochSecond());
        var response = http.perform(post("/webhooks/providers/{id}", 999_999).contentType("application/json")
                .content(body)
                .header("webhook-id", "msg_5").header("webhook-timestamp", timestamp)
                .header("webhook-signature", WebhookReceiver.sign(SECRET, "msg_5", timestamp,
                        body.getBytes(StandardCharsets.UTF_8)))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
    }

    private void assertNothingChanged() {
        var execution = scheduler.getScheduledExecution(taskId()).orElseThrow();
        assertThat(execution.getExecutionTime()).isAfter(Instant.now().plus(Duration.ofMinutes(50)));
        signIn.as(DemoLogins.CREATOR);
        assertThat(generations.find(generation.id()).orElseThrow().status()).isEqualTo(GenerationStatus.RUNNING);
        assertThat(jdbc.sql("select count(*) from webhook_delivery where endpoint_id = ? and delivery_id <> 'msg_4'")
                .param(endpointId).query(Long.class).single()).isZero();
    }

    private String event() {
        return "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"video.completed\",\"data\":{\"id\":\"video_hook\"}}";
    }

    private MockHttpServletResponse deliver(String id, long timestamp, String secret, String body) throws Exception {
        var signature = WebhookReceiver.sign(secret, id, String.valueOf(timestamp),
                body.getBytes(StandardCharsets.UTF_8));
        return http.perform(post("/webhooks/providers/{id}", endpointId).contentType("application/json").content(body)
                .header("webhook-id", id).header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", "v1,bm90LXRoaXMtb25l " + signature)).andReturn().getResponse();
    }

    private TaskInstanceId taskId() {
        return TaskInstanceId.of("generation", "generation-" + generation.id());
    }

    private GenerationSummary await(Predicate<GenerationSummary> condition) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            signIn.as(DemoLogins.CREATOR);
            var current = generations.find(generation.id()).orElseThrow();
            if (condition.test(current)) {
                return current;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Generation " + generation.id() + " did not get there in time");
    }

    /** Parks the job until {@code until}; false while it is running a step (db-scheduler says so or throws). */
    private boolean park(Instant until) {
        try {
            return scheduler.reschedule(taskId(), until);
        } catch (com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException e) {
            return false;
        }
    }
}
