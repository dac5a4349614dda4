package dev.clapboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.clapboard.compliance.ConsentRevoked;
import dev.clapboard.generation.GenerationSucceeded;
import dev.clapboard.security.ClapboardUser;
import dev.clapboard.security.Roles;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outgoing webhooks against a local receiver (the JDK's HTTP server): deliveries are signed the Standard Webhooks
 * way, retried with backoff until the receiver answers 2xx, logged per attempt, and can be redelivered.
 */
@ClapboardTest
@TestPropertySource(properties = "clapboard.webhooks.retry-base=PT0.2S")
class WebhookDeliveryTest {

    record Received(String id, String timestamp, String signature, String body) {
    }

    @Autowired
    WebhookService webhooks;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    SignIn signIn;
    @Autowired
    JsonMapper json;

    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final ArrayDeque<Integer> answers = new ArrayDeque<>();
    long workspaceId;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            var headers = exchange.getRequestHeaders();
            received.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Integer status;
            synchronized (answers) {
                status = answers.isEmpty() ? 200 : answers.poll();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        workspaceId = ((ClapboardUser) signIn.as(DemoLogins.ADMIN).getPrincipal()).workspaceId();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
        SignIn.out();
    }

    String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    NewWebhook localWebhook(WebhookEvent... subscribed) {
        signIn.as(DemoLogins.ADMIN);
        return webhooks.create(new WebhookDraft(url(), Set.of(subscribed), true));
    }

    void videoReady(long workspace, long generationId) {
        events.publishEvent(new GenerationSucceeded(workspace, 1, null, generationId, 99, 1));
    }

    /** Standard Webhooks verification, written out independently of the app's signer. */
    static boolean verifies(String secret, Received r) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        var expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
        return expected.equals(r.signature());
    }

    @Test
    void a_delivery_is_signed_so_the_receiver_can_verify_it_with_the_secret() throws Exception {
        var webhook = localWebhook(WebhookEvent.GENERATION_SUCCEEDED);

        videoReady(workspaceId, 4242);

        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> received.size() == 1);
        var delivery = received.getFirst();
        assertThat(webhook.secret()).startsWith("whsec_");
        assertThat(verifies(webhook.secret(), delivery)).isTrue();
        assertThat(verifies("whsec_" + Base64.getEncoder().encodeToString(new byte[24]), delivery)).isFalse();
        assertThat(delivery.id()).startsWith("msg_");
        assertThat(Math.abs(Long.parseLong(delivery.timestamp()) - Instant.now().getEpochSecond())).isLessThan(60);
        var payload = json.readTree(delivery.body());
        assertThat(payload.path("type").asString()).isEqualTo("generation.succeeded");
        assertThat(payload.path("data").path("generationId").asLong()).isEqualTo(4242);
        assertThat(payload.path("data").path("videoUrl").asString()).endsWith("/api/v1/generations/4242/video");
    }

    @Test
    void a_revoked_consent_reaches_a_subscribed_receiver_signed_with_the_flagged_videos() throws Exception {
        var webhook = localWebhook(WebhookEvent.CONSENT_REVOKED);
        var at = Instant.parse("2026-11-25T01:00:00Z");

        videoReady(workspaceId, 4545); // not subscribed: never sent
        events.publishEvent(new ConsentRevoked(workspaceId, 7, "Emil Hart", 31, "Marco Manning", List.of(4546L, 4547L),
                List.of(1L), at));

        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> received.size() == 1);
        var delivery = received.getFirst();
        assertThat(verifies(webhook.secret(), delivery)).isTrue();
        var payload = json.readTree(delivery.body());
        assertThat(payload.path("type").asString()).isEqualTo("consent.revoked");
        var data = payload.path("data");
        assertThat(data.path("consentId").asLong()).isEqualTo(31);
        assertThat(data.path("personName").asString()).isEqualTo("Emil Hart");
        assertThat(data.path("revokedBy").asString()).isEqualTo("Marco Manning");
        assertThat(data.path("revokedAt").asString()).isEqualTo("2026-11-25T01:00:00Z");
        assertThat(data.path("flaggedGenerationIds").values()).extracting(n -> n.asLong()).containsExactly(4546L, 4547L);
        assertThat(received).hasSize(1);
    }

    @Test
    void a_receiver_answering_500_twice_then_200_gets_three_attempts_and_the_log_shows_them() {
        var webhook = localWebhook(WebhookEvent.GENERATION_SUCCEEDED);
        synchronized (answers) {
            answers.addAll(List.of(500, 500, 200));
        }

        videoReady(workspaceId, 4343);

        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> delivered(webhook.webhook().id()));
        assertThat(received).hasSize(3);
        assertThat(received.stream().map(Received::id).distinct()).as("one message, three attempts").hasSize(1);
        var log = webhooks.deliveries(webhook.webhook().id(), PageRequest.of(0, 10)).getContent();
        assertThat(log).hasSize(1);
        assertThat(log.getFirst().status()).isEqualTo("DELIVERED");
        assertThat(log.getFirst().attempts()).isEqualTo(3);
        assertThat(log.getFirst().log()).extracting(WebhookDelivery.Attempt::statusCode).containsExactly(500, 500, 200);
        assertThat(log.getFirst().log().get(2).at()).isAfter(log.getFirst().log().get(0).at());
    }

    @Test
    void redeliver_sends_the_same_message_again_and_logs_it() {
        var webhook = localWebhook(WebhookEvent.GENERATION_SUCCEEDED);
        videoReady(workspaceId, 4444);
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> delivered(webhook.webhook().id()));
        var delivery = webhooks.deliveries(webhook.webhook().id(), PageRequest.of(0, 10)).getContent().getFirst();

        webhooks.redeliver(delivery.id());

        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> received.size() == 2);
        assertThat(received.get(1).id()).isEqualTo(received.get(0).id());
        assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> webhooks.deliveries(webhook.webhook().id(),
                PageRequest.of(0, 10)).getContent().getFirst().attempts() == 2);
    }

    @Test
    void only_subscribed_events_of_the_own_workspace_are_delivered() {
        var webhook = localWebhook(WebhookEvent.GENERATION_FAILED);
        var other = secondWorkspace.create("Contoso hooks", "hooks@contoso.example", Roles.ADMIN, "Contoso hooked");
        var otherHook = localWebhook(WebhookEvent.GENERATION_SUCCEEDED);

        videoReady(other.workspaceId(), 4545);
        videoReady(workspaceId, 4546);

        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> delivered(otherHook.webhook().id()));
        assertThat(webhooks.deliveries(webhook.webhook().id(), PageRequest.of(0, 10))).isEmpty();
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().body()).contains("4546");
    }

    @Test
    void urls_on_loopback_private_or_link_local_networks_are_refused_unless_allowed() {
        signIn.as(DemoLogins.ADMIN);
        for (var url : List.of("http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/hook",
                "http://192.168.0.10/hook", "http://172.16.5.4/hook", "http://169.254.169.254/latest/meta-data",
                "http://[::1]/hook", "http://[fd00::1]/hook", "http://[::ffff:127.0.0.1]/hook", "http://0.0.0.0/")) {
            assertThatThrownBy(() -> webhooks.create(new WebhookDraft(url, Set.of(WebhookEvent.GENERATION_FAILED),
                    false))).as(url).isInstanceOf(WebhookRefusedException.class)
                    .hasMessageContaining("private").extracting(e -> ((WebhookRefusedException) e).field())
                    .isEqualTo("url");
        }
        assertThatThrownBy(() -> webhooks.create(new WebhookDraft("ftp://93.184.215.14/x",
                Set.of(WebhookEvent.GENERATION_FAILED), false))).hasMessageContaining("http");
        assertThat(webhooks.list(PageRequest.of(0, 50)).getContent()).extracting(WebhookSummary::url)
                .noneMatch(u -> u.contains("10.1.2.3") || u.contains("169.254"));

        var publicOne = webhooks.create(new WebhookDraft("https://93.184.215.14/hook",
                Set.of(WebhookEvent.GENERATION_FAILED), false));
        var allowed = webhooks.create(new WebhookDraft("http://10.1.2.3/hook", Set.of(WebhookEvent.GENERATION_FAILED),
                true));
        assertThat(publicOne.webhook().allowPrivateNetwork()).isFalse();
        assertThat(allowed.webhook().allowPrivateNetwork()).isTrue();
    }

    @Test
    void only_admins_manage_webhooks() {
        for (var login : new DemoLogins[] {DemoLogins.MANAGER, DemoLogins.CREATOR, DemoLogins.REVIEWER}) {
            signIn.as(login);
            assertThatThrownBy(() -> webhooks.create(new WebhookDraft("https://93.184.215.14/hook",
                    Set.of(WebhookEvent.GENERATION_FAILED), false))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> webhooks.list(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> webhooks.redeliver(1)).isInstanceOf(AccessDeniedException.class);
        }
    }

    private boolean delivered(long webhookId) {
        return webhooks.deliveries(webhookId, PageRequest.of(0, 10)).getContent().stream()
                .anyMatch(d -> d.status().equals("DELIVERED"));
    }
}
