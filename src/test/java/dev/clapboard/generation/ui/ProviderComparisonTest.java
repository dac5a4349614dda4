package dev.clapboard.generation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dev.clapboard.generation.ProviderEndpointService;
import dev.clapboard.generation.ProviderEndpointService.EndpointForm;
import dev.clapboard.generation.ProviderKind;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Before spending, the generate dialog puts every provider's price and wait for the chosen settings side by side. */
class ProviderComparisonTest extends KaribuTest {

    @Autowired
    ProviderEndpointService endpoints;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeEndpoints() {
        jdbc.sql("delete from provider_endpoint").update();
    }

    @Test
    void each_provider_shows_its_estimate_and_wait_or_what_it_cannot_do() {
        signIn(DemoLogins.ADMIN);
        endpoints.save(new EndpointForm(null, ProviderKind.VIDEOS_API, "Gateway", "https://gateway.example.com/v1",
                "sk-x", "", "USD", "sora-2 0.10", "", true));
        signIn(DemoLogins.CREATOR);
        UI.getCurrent().navigate("generations");
        _click(_get(GenerationsView.class).newGeneration);
        var dialog = _get(GenerateDialog.class);
        _setValue(dialog.prompt, "A lighthouse at dawn, waves below");

        dialog.size.setValue("640x360");

        assertThat(dialog.comparison.isVisible()).isTrue();
        assertThat(_size(dialog.comparison.grid)).isEqualTo(2);
        var local = _getFormattedRow(dialog.comparison.grid, 0);
        var gateway = _getFormattedRow(dialog.comparison.grid, 1);
        assertThat(local.get(2)).isNotEqualTo("–");
        assertThat(local.get(4)).isEmpty();
        assertThat(gateway.get(0)).isEqualTo("Gateway");
        assertThat(gateway.get(4)).contains("does not make 640x360");

        dialog.provider.setValue(dialog.provider.getListDataView().getItems()
                .filter(p -> p.displayName().equals("Gateway")).findFirst().orElseThrow());
        dialog.size.setValue("1280x720");
        dialog.duration.setValue(8);

        var priced = _getFormattedRow(dialog.comparison.grid, 1);
        assertThat(priced.get(2)).as("0.80 USD in euros").isNotEqualTo("–").isNotBlank();
        assertThat(priced.get(3)).isEqualTo("3 minutes");
        assertThat(priced.get(4)).isEmpty();
        assertThat(_getFormattedRow(dialog.comparison.grid, 0).get(0)).as("the local renderer stays listed")
                .isNotEqualTo("Gateway");
    }
}
