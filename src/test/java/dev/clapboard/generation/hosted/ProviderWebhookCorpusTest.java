package dev.clapboard.generation.hosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.clapboard.generation.ProviderEndpointService;
import dev.clapboard.generation.ProviderEndpointService.EndpointForm;
import dev.clapboard.generation.ProviderKind;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Bad-input corpus for the provider webhook endpoint (Standard Webhooks), which anyone on the internet can
 * call: oversized bodies (413), other content types (415), broken JSON and headers (400), unknown or disabled
 * endpoints (404, the same answer for both) are refused with a short reason, and no delivery is recorded.
 */
@ClapboardTest
class ProviderWebhookCorpusTest {

    static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString("corpus-secret-0123456789abcdefgh"
            .getBytes(StandardCharsets.UTF_8));
    static final String EVENT = "{\"type\":\"video.completed\",\"data\":{\"id\":\"video_unknown\"}}";

    /** A delivery: the body, and changes to an otherwise valid, signed request. */
    record Bad(String what, String body, UnaryOperator<MockHttpServletRequestBuilder> change, int status,
            @Nullable String reason) {
        @Override
        public String toString() {
            return what;
        }
    }

    @Autowired
    ProviderEndpointService endpoints;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignIn signIn;
    @Autowired
    WebApplicationContext context;

    MockMvc http;
    long endpointId;

    @BeforeEach
    void anEndpointWithASecret() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        signIn.as(DemoLogins.ADMIN);
        endpointId = endpoints.save(new EndpointForm(null, ProviderKind.VIDEOS_API, "Corpus gateway",
                "http://127.0.0.1:9/v1", "sk-corpus", SECRET, "USD", "sora-2 0.10", "", true)).endpoint().id();
        SignIn.out();
    }

    @AfterEach
    void removeEndpoints() {
        // endpoints are workspace data; other tests on this context expect only the local provider
        jdbc.sql("delete from webhook_delivery where endpoint_id = ?").param(endpointId).update();
        jdbc.sql("delete from provider_endpoint").update();
    }

    static Stream<Bad> refused() {
        var deep = "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);
        return Stream.of(
                new Bad("a 1 MB body", "{\"pad\":\"" + "x".repeat(1 << 20) + "\"}", r -> r, 413, "body larger than 64 KiB"),
                new Bad("a body one byte over 64 KiB", "{\"pad\":\"" + "x".repeat(64 * 1024 - 9) + "\"}", r -> r, 413,
                        "body larger than 64 KiB"),
                new Bad("plain text", EVENT, r -> r.contentType("text/plain"), 415, "content type must be application/json"),
                new Bad("XML", "<event/>", r -> r.contentType("application/xml"), 415,
                        "content type must be application/json"),
                new Bad("a form post", "type=video.completed", r -> r.contentType("application/x-www-form-urlencoded"),
                        415, "content type must be application/json"),
                new Bad("a content type that is not one", EVENT, r -> r.contentType(";;;"), 415,
                        "content type must be application/json"),
                new Bad("no content type", EVENT, r -> r.with(request -> {
                    request.setContentType(null);
                    request.removeHeader("Content-Type");
                    return request;
                }), 415, "content type must be application/json"),
                new Bad("broken JSON", "{\"type\":", r -> r, 400, "body is not JSON"),
                new Bad("JSON nested 5,000 deep", deep, r -> r, 400, "body is not JSON"),
                new Bad("a JSON array", "[1,2,3]", r -> r, 400, "body is not a JSON object"),
                new Bad("a JSON string", "\"video.completed\"", r -> r, 400, "body is not a JSON object"),
                new Bad("an empty body", "", r -> r, 400, null),
                new Bad("HTML", "<script>alert(1)</script>", r -> r, 400, "body is not JSON"),
                new Bad("no signature", EVENT, replace("webhook-signature", null), 400,
                        "webhook-id, webhook-timestamp and webhook-signature required"),
                new Bad("no delivery id", EVENT, replace("webhook-id", null), 400,
                        "webhook-id, webhook-timestamp and webhook-signature required"),
                new Bad("a timestamp beyond the year 1,000,000,000", EVENT,
                        replace("webhook-timestamp", "99999999999999999"), 400, "webhook-timestamp is not a number"),
                new Bad("a negative timestamp", EVENT, replace("webhook-timestamp", "-1"), 400, "stale timestamp"),
                new Bad("a timestamp in words", EVENT, replace("webhook-timestamp", "now"), 400,
                        "webhook-timestamp is not a number"),
                new Bad("a 201-character delivery id", EVENT, replace("webhook-id", "m".repeat(201)), 400,
                        "webhook-id, webhook-timestamp and webhook-signature required"),
                new Bad("a v2 signature", EVENT, replace("webhook-signature", "v2,c2lnbmF0dXJl"), 401,
                        "signature does not match"),
                new Bad("a 10,000-character signature", EVENT, replace("webhook-signature", "v1," + "A".repeat(10_000)),
                        401, "signature does not match"));
    }

    @ParameterizedTest(name = "{0} is refused and no delivery is recorded")
    @MethodSource("refused")
    void a_bad_delivery_is_refused_with_a_short_reason_and_nothing_is_recorded(Bad bad) throws Exception {
        var response = deliver(endpointId, bad.body(), bad.change());

        assertThat(response.getStatus()).isEqualTo(bad.status());
        if (bad.reason() != null) {
            assertThat(response.getContentAsString()).isEqualTo(bad.reason());
        } else {
            assertThat(response.getContentAsString()).startsWith("body is not");
        }
        assertThat(deliveries()).isZero();
    }

    @Test
    void unknown_disabled_and_malformed_endpoint_ids_all_get_the_same_404_without_detail() throws Exception {
        var unknown = deliver(999_999_999L, EVENT, r -> r);
        var negative = deliver(-1L, EVENT, r -> r);
        signIn.as(DemoLogins.ADMIN);
        endpoints.save(new EndpointForm(endpointId, ProviderKind.VIDEOS_API, "Corpus gateway", "http://127.0.0.1:9/v1",
                "", "", "USD", "sora-2 0.10", "", false));
        SignIn.out();
        var disabled = deliver(endpointId, EVENT, r -> r);

        for (var response : java.util.List.of(unknown, negative, disabled)) {
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getContentAsString()).isEqualTo("no such endpoint");
        }
        var notANumber = http.perform(post("/webhooks/providers/abc").contentType("application/json").content(EVENT))
                .andReturn().getResponse();
        assertThat(notANumber.getStatus()).isEqualTo(400);
        assertThat(notANumber.getContentAsString()).doesNotContain("Exception").doesNotContain("dev.clapboard");
        assertThat(deliveries()).isZero();
    }

    @Test
    void a_genuine_delivery_naming_a_job_that_is_not_this_workspaces_is_answered_like_any_unknown_job()
            throws Exception {
        var response = deliver(endpointId, EVENT, r -> r);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("no running generation for that job");
    }

    /** Sets {@code header} to {@code value} (or leaves it out) in an otherwise valid, signed delivery. */
    private static UnaryOperator<MockHttpServletRequestBuilder> replace(String header, @Nullable String value) {
        return r -> r.with(request -> {
            request.removeHeader(header);
            if (value != null) {
                request.addHeader(header, value);
            }
            return request;
        });
    }

    private MockHttpServletResponse deliver(long endpoint, String body,
            UnaryOperator<MockHttpServletRequestBuilder> change) throws Exception {
        var id = "msg_" + System.nanoTime();
        var timestamp = String.valueOf(Instant.now().getEpochSecond());
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        var request = post("/webhooks/providers/{id}", endpoint).contentType("application/json").content(bytes)
                .header("webhook-id", id).header("webhook-timestamp", timestamp)
                .header("webhook-signature", WebhookReceiver.sign(SECRET, id, timestamp, bytes));
        return http.perform(change.apply(request)).andReturn().getResponse();
    }

    private long deliveries() {
        return jdbc.sql("select count(*) from webhook_delivery where endpoint_id = ?").param(endpointId)
                .query(Long.class).single();
    }
}
