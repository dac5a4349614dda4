package dev.clapboard.generation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import dev.clapboard.base.ui.NotFoundView;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ProvidersViewTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeEndpoints() {
        // endpoints are workspace data; other tests on this context expect only the local provider
        jdbc.sql("delete from provider_endpoint").update();
    }

    @Test
    void an_admin_adds_a_gateway_and_sees_it_with_its_key_masked() {
        signIn(DemoLogins.ADMIN);
        UI.getCurrent().navigate("providers");
        var view = _get(ProvidersView.class);
        var before = _size(view.grid);

        _click(view.add);
        fill(view.form, "https://gateway.example.com/v1", "sk-live-abcdef");
        _click(view.form.save);

        assertThat(_size(view.grid)).isEqualTo(before + 1);
        var row = _getFormattedRow(view.grid, before);
        assertThat(row).contains("Gateway", "https://gateway.example.com/v1", "••••••••", "Enabled")
                .doesNotContain("sk-live-abcdef");
        assertThat(view.result.getText()).startsWith("Saved Gateway. Webhook signing secret").contains("whsec_");
        assertThat(jdbc.sql("select api_key_cipher from provider_endpoint").query(String.class).list())
                .noneMatch(c -> c.contains("sk-live-abcdef"));
    }

    @Test
    void bad_urls_and_keys_are_shown_at_their_fields_and_nothing_is_saved() {
        signIn(DemoLogins.ADMIN);
        UI.getCurrent().navigate("providers");
        var view = _get(ProvidersView.class);
        var before = _size(view.grid);

        _click(view.add);
        fill(view.form, "http://localhost:8080/v1", "sk live with spaces");
        _setValue(view.form.priceTable, "sora-2 free");
        _click(view.form.save);

        assertThat(view.form.baseUrl.isInvalid()).isTrue();
        assertThat(view.form.baseUrl.getErrorMessage()).contains("Clapboard itself");
        assertThat(view.form.apiKey.isInvalid()).isTrue();
        assertThat(view.form.apiKey.getErrorMessage()).contains("spaces");
        assertThat(view.form.priceTable.getErrorMessage()).contains("\"free\" is not a price");
        _setValue(view.form.baseUrl, "not a url at all");
        _click(view.form.save);
        assertThat(view.form.baseUrl.getErrorMessage()).contains("URL");
        assertThat(_size(view.grid)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from provider_endpoint").query(Long.class).single()).isZero();
    }

    @Test
    void a_manager_cannot_open_the_provider_settings() {
        signIn(DemoLogins.MANAGER);

        openUrl("providers");

        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
    }

    private static void fill(ProviderForm form, String url, String key) {
        _setValue(form.displayName, "Gateway");
        _setValue(form.baseUrl, url);
        _setValue(form.apiKey, key);
        _setValue(form.priceTable, "sora-2 0.10\nsora-2-pro 1792x1024 0.50");
    }
}
