package dev.clapboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The API next to Vaadin in a real servlet container: routed to the controllers, stateless, no session cookie. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ApiOverHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path, String secret) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (secret != null) {
            request.header("Authorization", "Bearer " + secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_token_lists_campaigns_as_json_without_getting_a_session() throws Exception {
        var response = get("/api/v1/campaigns", tokens.create("HTTP", ApiScope.CAMPAIGNS_READ));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).contains("Spring Launch: Northwind Analytics 3.0");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void without_a_token_the_api_answers_401_problem_json_not_the_login_page() throws Exception {
        var response = get("/api/v1/campaigns", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void the_openapi_document_is_served_to_anyone() throws Exception {
        var response = get("/api/v1/openapi.json", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"/api/v1/generations\"");
    }
}
