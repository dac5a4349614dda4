package dev.clapboard.api.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static org.awaitility.Awaitility.await;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import dev.clapboard.api.WebhookService;
import dev.clapboard.generation.GenerationFailed;
import dev.clapboard.security.CurrentUser;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import dev.clapboard.api.WebhookEvent;
import dev.clapboard.security.Roles;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SecondWorkspace;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An admin adds a webhook endpoint; one on a private network needs an explicit tick. */
class WebhooksViewTest extends KaribuTest {

    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebhookService webhooks;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    ApplicationEventPublisher events;

    WebhooksView open(String workspace) {
        var created = secondWorkspace.create(workspace, "admin@" + workspace.toLowerCase().replace(' ', '-')
                + ".example", Roles.ADMIN, "Campaign of " + workspace);
        signIn(created.memberEmail(), SecondWorkspace.PASSWORD);
        reload();
        UI.getCurrent().navigate("webhooks");
        return _get(WebhooksView.class);
    }

    @Test
    void a_private_network_url_is_refused_at_the_field_until_the_admin_allows_it() {
        var view = open("Hooks Alpha");

        _setValue(view.url, "http://10.20.30.40/hook");
        _setValue(view.events, Set.of(WebhookEvent.GENERATION_APPROVED));
        _click(view.add);

        assertThat(view.url.isInvalid()).isTrue();
        assertThat(view.url.getErrorMessage()).contains("private");
        assertThat(_size(view.grid)).isZero();
        assertThat(view.secretDialog).isNull();

        _setValue(view.allowPrivate, true);
        _click(view.add);

        assertThat(view.secretDialog).isNotNull();
        assertThat(view.secret.getValue()).startsWith("whsec_");
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(view.grid, 0)).contains("http://10.20.30.40/hook", "generation.approved",
                "Private network allowed");
    }

    @Test
    void an_endpoint_without_events_is_refused_at_the_events() {
        var view = open("Hooks Beta");

        _setValue(view.url, "https://93.184.215.14/hook");
        _click(view.add);

        assertThat(view.events.isInvalid()).isTrue();
        assertThat(view.events.getErrorMessage()).isEqualTo("Choose at least one event.");
        assertThat(_size(view.grid)).isZero();
    }

    @Test
    void the_delivery_log_shows_the_answer_and_redeliver_sends_the_message_again() throws Exception {
        var receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        var hits = new AtomicInteger();
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            hits.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            var view = open("Hooks Delta");
            _setValue(view.url, "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
            _setValue(view.events, Set.of(WebhookEvent.GENERATION_FAILED));
            _setValue(view.allowPrivate, true);
            _click(view.add);
            view.secretDialog.close();
            var webhookId = webhooks.list(PageRequest.of(0, 1)).getContent().getFirst().id();
            var workspaceId = currentUser.require().workspaceId();
            events.publishEvent(new GenerationFailed(workspaceId, 1, null, 77, "Provider refused the prompt", 1));
            await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> webhooks.deliveries(webhookId,
                    PageRequest.of(0, 1)).getContent().stream().anyMatch(d -> d.status().equals("DELIVERED")));

            _clickItem(view.grid, 0);
            assertThat(_getFormattedRow(view.log.grid, 0)).contains("generation.failed", "Delivered", "1: 204");

            _click(_get(_getCellComponent(view.log.grid, 0, "redeliver"), Button.class));
            await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> hits.get() == 2);
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void clicking_an_endpoint_opens_its_delivery_log() {
        var view = open("Hooks Gamma");
        _setValue(view.url, "https://93.184.215.14/hook");
        _setValue(view.events, Set.of(WebhookEvent.BUDGET_THRESHOLD_REACHED));
        _click(view.add);
        view.secretDialog.close();

        _clickItem(view.grid, 0);

        assertThat(view.log.isVisible()).isTrue();
        assertThat(view.log.title.getText()).isEqualTo("Delivery log of https://93.184.215.14/hook");
        assertThat(_size(view.log.grid)).isZero();
    }
}
