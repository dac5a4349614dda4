package dev.clapboard.generation.hosted;

import static dev.clapboard.generation.hosted.StubServer.Answer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clapboard.generation.ProviderKind;
import dev.clapboard.generation.provider.JobStatus;
import dev.clapboard.generation.provider.OutputVariant;
import dev.clapboard.generation.provider.ProviderException;
import dev.clapboard.generation.provider.VideoRequest;
import dev.clapboard.generation.provider.VideoSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The Gemini Veo client against a stub of the long-running-operation API. */
class GeminiVeoProviderTest {

    static final String KEY = "AIza-test-key";
    static final String OPERATION = "models/veo-3.0-generate-001/operations/op123";

    final JsonMapper json = JsonMapper.builder().build();
    StubServer stub;
    GeminiVeoProvider provider;
    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        stub = new StubServer();
        var limits = new HostedHttp.Limits(Duration.ofSeconds(2), Duration.ofSeconds(5), 1 << 16, 1 << 20);
        var config = new EndpointConfig(3, ProviderKind.GEMINI_VEO, "Veo", stub.base("/v1beta"), KEY,
                PriceTableText.parse("USD", "veo-3.0-generate-001 0.40"), Set.of());
        provider = new GeminiVeoProvider(config,
                new HostedHttp(HostedHttp.newClient(limits), limits, json, "Veo", Clock.systemUTC()), json);
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void a_video_is_asked_for_polled_until_done_and_downloaded_with_the_key() throws Exception {
        var videoUri = stub.base("/v1beta/files/abc:download?alt=media").toString();
        stub.on("POST /v1beta/models/veo-3.0-generate-001:predictLongRunning", json(200,
                        "{\"name\":\"" + OPERATION + "\"}"))
                .on("GET /v1beta/" + OPERATION, json(200, "{\"name\":\"" + OPERATION + "\",\"done\":false}"),
                        json(200, "{\"name\":\"" + OPERATION + "\",\"done\":true,\"response\":{"
                                + "\"generateVideoResponse\":{\"generatedSamples\":[{\"video\":{\"uri\":\""
                                + videoUri + "\"}}]}}}"))
                .on("GET /v1beta/files/abc:download?alt=media", StubServer.Answer.bytes(new byte[] {4, 5}));

        var job = provider.submit(new VideoRequest("veo-3.0-generate-001", "Waves on rocks", new VideoSize(720, 1280),
                6, "s", "t", 1, null));
        var running = provider.status(job);
        var done = provider.status(job);
        provider.download(job, OutputVariant.VIDEO, dir.resolve("v.mp4"));

        assertThat(job).isEqualTo(OPERATION);
        assertThat(running.state()).isEqualTo(JobStatus.State.RUNNING);
        assertThat(done.state()).isEqualTo(JobStatus.State.SUCCEEDED);
        assertThat(Files.readAllBytes(dir.resolve("v.mp4"))).containsExactly(4, 5);
        var submit = stub.requests("POST", "/v1beta/models/veo-3.0-generate-001:predictLongRunning").getFirst();
        assertThat(submit.header("x-goog-api-key")).isEqualTo(KEY);
        var body = json.readTree(submit.body());
        assertThat(body.path("instances").get(0).path("prompt").asString()).isEqualTo("Waves on rocks");
        assertThat(body.path("parameters").path("aspectRatio").asString()).isEqualTo("9:16");
        assertThat(body.path("parameters").path("durationSeconds").asInt()).isEqualTo(6);
        assertThat(body.path("parameters").path("resolution").asString()).isEqualTo("720p");
        assertThat(stub.requests("GET", "/v1beta/files/abc:download?alt=media").getFirst().header("x-goog-api-key"))
                .isEqualTo(KEY);
    }

    @Test
    void a_safety_filtered_result_is_a_failure_with_the_reason() {
        stub.on("GET /v1beta/" + OPERATION, json(200, "{\"done\":true,\"response\":{\"generateVideoResponse\":{"
                + "\"raiMediaFilteredCount\":1,\"raiMediaFilteredReasons\":[\"The prompt names a real person.\"]}}}"));

        var status = provider.status(OPERATION);

        assertThat(status.state()).isEqualTo(JobStatus.State.FAILED);
        assertThat(status.errorCode()).isEqualTo("safety_filtered");
        assertThat(status.errorMessage()).contains("safety filters").contains("The prompt names a real person.");
    }

    @Test
    void an_operation_error_is_a_failure_with_googles_words() {
        stub.on("GET /v1beta/" + OPERATION, json(200, "{\"done\":true,\"error\":{\"code\":3,"
                + "\"message\":\"Unsupported duration\",\"status\":\"INVALID_ARGUMENT\"}}"));

        var status = provider.status(OPERATION);

        assertThat(status.state()).isEqualTo(JobStatus.State.FAILED);
        assertThat(status.errorCode()).isEqualTo("INVALID_ARGUMENT");
        assertThat(status.errorMessage()).contains("Unsupported duration");
    }

    @Test
    void a_video_on_a_host_that_is_not_allowed_never_gets_the_key() {
        stub.on("GET /v1beta/" + OPERATION, json(200, "{\"done\":true,\"response\":{\"generateVideoResponse\":{"
                + "\"generatedSamples\":[{\"video\":{\"uri\":\"https://evil.example.invalid/v.mp4\"}}]}}}"));

        assertThatThrownBy(() -> provider.download(OPERATION, OutputVariant.VIDEO, dir.resolve("v.mp4")))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.code()).isEqualTo("redirect_refused"));
        assertThat(stub.requests).allSatisfy(r -> assertThat(r.path()).startsWith("/v1beta/models"));
    }

    @Test
    void a_429_on_submit_is_retryable() {
        stub.on("POST /v1beta/models/veo-3.0-generate-001:predictLongRunning",
                json(429, "{\"error\":{\"code\":429,\"message\":\"Quota exceeded\",\"status\":\"RESOURCE_EXHAUSTED\"}}")
                        .withHeader("Retry-After", "30"));

        assertThatThrownBy(() -> provider.submit(new VideoRequest("veo-3.0-generate-001", "x", new VideoSize(1280, 720),
                8, "s", "t", 1, null))).isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30));
                });
    }
}
