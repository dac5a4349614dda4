package dev.clapboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.support.DemoLogins;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Operations endpoints: health is open and covers the database and the job engine; metrics are for admins. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ActuatorTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void health_is_open_and_reports_the_database_and_the_job_engine_up() throws Exception {
        var response = get("/actuator/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"")
                .containsPattern("\"db\":\\{\"status\":\"UP\"")
                .containsPattern("\"dbScheduler\":\\{\"status\":\"UP\"");
    }

    @Test
    void anonymous_visitors_get_401_from_the_prometheus_endpoint() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);
    }

    @Test
    void a_creator_or_manager_is_refused_the_metrics() throws Exception {
        assertThat(get("/actuator/prometheus", DemoLogins.CREATOR).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", DemoLogins.MANAGER).statusCode()).isEqualTo(403);
    }

    @Test
    void an_admin_reads_queue_depth_job_and_session_metrics_in_prometheus_format() throws Exception {
        var response = get("/actuator/prometheus", DemoLogins.ADMIN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("clapboard_generations_queue_depth{status=\"QUEUED\"")
                .contains("clapboard_generations_queue_depth{status=\"RUNNING\"")
                .contains("clapboard_generation_step_seconds")
                .contains("clapboard_vaadin_sessions")
                .contains("clapboard_vaadin_uis");
    }

    private HttpResponse<String> get(String path, DemoLogins login) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (login != null) {
            var credentials = login.email + ":" + login.password;
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
