package dev.clapboard.api.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
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
