package dev.clapboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A node as deployed behind nginx with the {@code management} profile: health and Prometheus on the management
 * port for the monitoring network, nothing of them on the app's port without an admin; and the proxy's
 * {@code X-Forwarded-*} headers honoured ({@code server.forward-headers-strategy=native}), so redirects and the
 * session cookie fit the address the browser used (https), not the node's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.server.port=0", "server.forward-headers-strategy=native"})
@ActiveProfiles({"demo", "test", "management"})
class ManagementPortAndProxyTest {

    @LocalServerPort
    int appPort;
    @LocalManagementPort
    int managementPort;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_management_port_serves_health_and_prometheus_to_the_monitoring_network() throws Exception {
        assertThat(managementPort).isNotEqualTo(appPort);

        var health = get(managementPort, "/actuator/health", Map.of());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        var prometheus = get(managementPort, "/actuator/prometheus", Map.of());
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("clapboard_generations_queue_depth");
    }

    @Test
    void the_app_port_gives_no_metrics_to_anonymous_visitors() throws Exception {
        var prometheus = get(appPort, "/actuator/prometheus", Map.of());

        assertThat(prometheus.statusCode()).isEqualTo(401);
        assertThat(prometheus.body()).doesNotContain("clapboard_generations_queue_depth");
    }

    @Test
    void behind_a_tls_proxy_the_sign_in_redirect_and_session_cookie_use_the_public_https_address() throws Exception {
        var response = get(appPort, "/campaigns", Map.of("X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "clapboard.example.com", "X-Forwarded-Port", "443"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("https://clapboard.example.com/login");
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("; Secure"));
    }

    @Test
    void without_proxy_headers_the_node_answers_for_its_own_address() throws Exception {
        var response = get(appPort, "/campaigns", Map.of());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("http://localhost:" + appPort + "/login");
        assertThat(response.headers().allValues("Set-Cookie"))
                .noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
    }

    private HttpResponse<String> get(int port, String path, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
