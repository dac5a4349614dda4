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
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The {@code /v1/videos} client against a stub that answers in the documented shapes. */
class VideosApiProviderTest {

    static final String KEY = "sk-test-0123456789";

    final JsonMapper json = JsonMapper.builder().build();
    StubServer stub;
    VideosApiProvider provider;
    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        stub = new StubServer();
        provider = provider(Duration.ofSeconds(5), Set.of());
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    VideosApiProvider provider(Duration readTimeout, Set<String> downloadHosts) {
        var limits = new HostedHttp.Limits(Duration.ofSeconds(2), readTimeout, 4096, 1 << 20);
        var config = new EndpointConfig(7, ProviderKind.VIDEOS_API, "Gateway", stub.base("/v1"), KEY,
                PriceTableText.parse("USD", "sora-2 0.10\nsora-2-pro 1792x1024 0.50"), downloadHosts);
        return new VideosApiProvider(config,
                new HostedHttp(HostedHttp.newClient(limits), limits, json, "Gateway", Clock.systemUTC()), json);
    }

    VideoRequest request() {
        return new VideoRequest("sora-2", "A lighthouse at dawn", new VideoSize(1280, 720), 8, "cinematic", "Shot",
                42, null);
    }

    @Test
    void a_job_is_submitted_polled_through_its_progress_and_downloaded() throws Exception {
        stub.on("POST /v1/videos", json(200, "{\"id\":\"video_123\",\"object\":\"video\",\"status\":\"queued\"}"))
                .on("GET /v1/videos/video_123",
                        json(200, "{\"id\":\"video_123\",\"status\":\"queued\",\"progress\":0}"),
                        json(200, "{\"id\":\"video_123\",\"status\":\"in_progress\",\"progress\":40}"),
                        json(200, "{\"id\":\"video_123\",\"status\":\"completed\",\"progress\":100,"
                                + "\"expires_at\":1790000000}"))
                .on("GET /v1/videos/video_123/content?variant=video", StubServer.Answer.bytes(new byte[] {1, 2, 3}));

        assertThat(provider.submit(request())).isEqualTo("video_123");
        var steps = java.util.List.of(provider.status("video_123"), provider.status("video_123"),
                provider.status("video_123"));
        provider.download("video_123", OutputVariant.VIDEO, dir.resolve("v.mp4"));

        assertThat(steps).extracting(JobStatus::state).containsExactly(JobStatus.State.QUEUED,
                JobStatus.State.RUNNING, JobStatus.State.SUCCEEDED);
        assertThat(steps).extracting(JobStatus::progressPercent).containsExactly(0, 40, 100);
        assertThat(steps.getLast().expiresAt()).isEqualTo(Instant.ofEpochSecond(1790000000));
        assertThat(Files.readAllBytes(dir.resolve("v.mp4"))).containsExactly(1, 2, 3);

        var submit = stub.requests("POST", "/v1/videos").getFirst();
        assertThat(submit.header("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(submit.header("Content-Type")).isEqualTo("application/json");
        var body = json.readTree(submit.body());
        assertThat(body.path("model").asString()).isEqualTo("sora-2");
        assertThat(body.path("prompt").asString()).isEqualTo("A lighthouse at dawn");
        assertThat(body.path("seconds").asString()).isEqualTo("8");
        assertThat(body.path("size").asString()).isEqualTo("1280x720");
        assertThat(stub.requests("GET", "/v1/videos/video_123")).hasSize(3)
                .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + KEY));
    }

    @Test
    void a_remix_is_posted_to_the_source_video_with_only_the_new_prompt() throws Exception {
        stub.on("POST /v1/videos/video_123/remix", json(200, "{\"id\":\"video_456\",\"status\":\"queued\","
                + "\"remixed_from_video_id\":\"video_123\"}"));

        var remix = new VideoRequest("sora-2", "The lighthouse at dusk, in rain", new VideoSize(1280, 720), 8,
                "cinematic", "Shot", 42, null);
        assertThat(provider.remix("video_123", remix)).isEqualTo("video_456");

        var sent = stub.requests("POST", "/v1/videos/video_123/remix").getFirst();
        assertThat(sent.header("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(sent.header("Content-Type")).isEqualTo("application/json");
        var body = json.readTree(sent.body());
        assertThat(body.path("prompt").asString()).isEqualTo("The lighthouse at dusk, in rain");
        assertThat(body.propertyNames()).containsExactly("prompt");
        assertThat(stub.requests("POST", "/v1/videos")).isEmpty();
        assertThatThrownBy(() -> provider.remix("../admin", remix)).isInstanceOf(ProviderException.class);
    }

    @Test
    void an_image_reference_is_sent_as_multipart_input_reference() {
        stub.on("POST /v1/videos", json(200, "{\"id\":\"video_9\",\"status\":\"queued\"}"));
        var png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2};

        provider.submit(new VideoRequest("sora-2", "Pan over", new VideoSize(1280, 720), 4, "s", "t", 1, png));

        var sent = stub.requests("POST", "/v1/videos").getFirst();
        assertThat(sent.header("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(sent.body()).contains("name=\"input_reference\"; filename=\"reference.png\"")
                .contains("Content-Type: image/png").contains("name=\"seconds\"\r\n\r\n4")
                .contains("name=\"model\"\r\n\r\nsora-2");
    }

    @Test
    void a_429_is_retryable_after_the_time_the_provider_asked_for() {
        stub.on("GET /v1/videos/video_1", json(429, "{\"error\":{\"message\":\"Rate limit reached\"}}")
                .withHeader("Retry-After", "7"));

        assertThatThrownBy(() -> provider.status("video_1")).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
            assertThat(e.getMessage()).contains("Rate limit reached");
        });
    }

    @Test
    void a_500_is_retryable_and_the_next_answer_counts() {
        stub.on("GET /v1/videos/video_1", json(500, "{\"error\":{\"message\":\"upstream\"}}"),
                json(200, "{\"id\":\"video_1\",\"status\":\"in_progress\",\"progress\":70}"));

        assertThatThrownBy(() -> provider.status("video_1"))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.retryable()).isTrue());
        assertThat(provider.status("video_1").progressPercent()).isEqualTo(70);
    }

    @Test
    void html_instead_of_json_is_a_final_failure_that_says_so() {
        stub.on("POST /v1/videos", new StubServer.Answer(200, java.util.Map.of("Content-Type", "text/html"),
                "<html><body>Gateway login</body></html>".getBytes(), 0));

        assertThatThrownBy(() -> provider.submit(request())).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.retryable()).isFalse();
            assertThat(e.code()).isEqualTo("malformed_response");
            assertThat(e.getMessage()).contains("HTML page");
        });
    }

    @Test
    void a_huge_answer_is_cut_off_and_refused() {
        stub.on("GET /v1/videos/video_1", json(200, "{\"pad\":\"" + "x".repeat(10_000) + "\"}"));

        assertThatThrownBy(() -> provider.status("video_1"))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.code()).isEqualTo("response_too_large"));
    }

    @Test
    void a_moderation_failure_gives_a_clear_final_reason() {
        stub.on("GET /v1/videos/video_1", json(200, "{\"id\":\"video_1\",\"status\":\"failed\",\"error\":"
                + "{\"code\":\"moderation_blocked\",\"message\":\"The prompt was flagged.\"}}"));

        var status = provider.status("video_1");

        assertThat(status.state()).isEqualTo(JobStatus.State.FAILED);
        assertThat(status.errorCode()).isEqualTo("moderation_blocked");
        assertThat(status.errorMessage()).isEqualTo("Gateway refused the video with its moderation filter: "
                + "The prompt was flagged.");
    }

    @Test
    void an_expired_download_is_a_final_failure() {
        stub.on("GET /v1/videos/video_1/content?variant=video", json(404, "{\"error\":{\"message\":\"gone\"}}"));

        assertThatThrownBy(() -> provider.download("video_1", OutputVariant.VIDEO, dir.resolve("v.mp4")))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.code()).isEqualTo("output_expired");
                });
    }

    @Test
    void a_slow_server_hits_our_timeout_and_may_be_tried_again() {
        provider = provider(Duration.ofMillis(300), Set.of());
        stub.on("GET /v1/videos/video_1", json(200, "{\"status\":\"queued\"}").delayed(3000));

        assertThatThrownBy(() -> provider.status("video_1")).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.code()).isEqualTo("timeout");
        });
    }

    @Test
    void an_answer_that_stalls_after_its_headers_ends_in_a_retryable_timeout_instead_of_hanging() {
        provider = provider(Duration.ofMillis(300), Set.of());
        stub.on("GET /v1/videos/video_1",
                json(200, "{\"id\":\"video_1\",\"status\":\"queued\"}").stallingAfter(5));

        assertThatThrownBy(() -> provider.status("video_1")).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.code()).isEqualTo("timeout");
            assertThat(e.getMessage()).contains("Gateway stopped sending its answer part-way")
                    .contains("300 ms");
        });
    }

    @Test
    void a_download_that_stalls_part_way_ends_in_a_retryable_timeout() {
        provider = provider(Duration.ofMillis(300), Set.of());
        stub.on("GET /v1/videos/video_1/content?variant=video",
                StubServer.Answer.bytes(new byte[64 * 1024]).stallingAfter(1024));

        assertThatThrownBy(() -> provider.download("video_1", OutputVariant.VIDEO, dir.resolve("v.mp4")))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.code()).isEqualTo("timeout");
                });
    }

    @Test
    void a_download_redirected_to_another_host_is_refused_unless_that_host_is_allowed() throws Exception {
        stub.on("GET /v1/videos/video_1/content?variant=video", new StubServer.Answer(302,
                java.util.Map.of("Location", "http://cdn.example.invalid/v.mp4"), new byte[0], 0));

        assertThatThrownBy(() -> provider.download("video_1", OutputVariant.VIDEO, dir.resolve("v.mp4")))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.code()).isEqualTo("redirect_refused");
                    assertThat(e.getMessage()).contains("cdn.example.invalid");
                });
        stub.on("GET /v1/videos/video_2/content?variant=video", new StubServer.Answer(302,
                java.util.Map.of("Location", "/files/v.mp4"), new byte[0], 0))
                .on("GET /files/v.mp4", StubServer.Answer.bytes(new byte[] {9}));
        provider.download("video_2", OutputVariant.VIDEO, dir.resolve("same-host.mp4"));
        assertThat(Files.readAllBytes(dir.resolve("same-host.mp4"))).containsExactly(9);
    }

    @Test
    void a_rejected_key_is_final_and_cancel_sends_a_delete() {
        stub.on("GET /v1/models", json(401, "{\"error\":{\"message\":\"Incorrect API key provided\"}}"))
                .on("DELETE /v1/videos/video_1", json(200, "{\"id\":\"video_1\",\"deleted\":true}"));

        assertThatThrownBy(provider::testConnection).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).contains("refused the API key").contains("Incorrect API key provided");
        });
        provider.cancel("video_1");
        assertThat(stub.requests("DELETE", "/v1/videos/video_1")).hasSize(1);
    }

    @Test
    void a_job_id_that_would_leave_the_api_path_is_refused() {
        stub.on("POST /v1/videos", json(200, "{\"id\":\"../admin\"}"));

        assertThatThrownBy(() -> provider.submit(request()))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.code()).isEqualTo("malformed_response"));
    }
}
