package dev.clapboard.generation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.ProviderChoice;
import dev.clapboard.generation.ProviderChoice.ModelChoice;
import dev.clapboard.generation.ProviderEndpointService;
import dev.clapboard.generation.ProviderEndpointService.EndpointForm;
import dev.clapboard.generation.ProviderKind;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.support.KaribuTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Before spending, the generate dialog puts every provider's price and wait for the chosen settings side by side. */
class ProviderComparisonTest extends KaribuTest {

    @Autowired
    ProviderEndpointService endpoints;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    GenerationService generations;
    @Autowired
    CampaignService campaigns;

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

    @Test
    void a_provider_whose_models_cannot_start_from_an_image_is_flagged_when_the_order_has_one() {
        signIn(DemoLogins.CREATOR);
        var local = generations.providers().getFirst();
        var textOnly = new ProviderChoice("text-only", "Text only", List.of(new ModelChoice("t1", "T1",
                List.of("1280x720"), List.of(4), false, false)));
        var comparison = new ProviderComparison(generations, List.of(local, textOnly));
        var campaignId = campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id();
        var withImage = new GenerationOrder(campaignId, null, null, "A lighthouse at dawn", "Shot", local.id(),
                local.models().getFirst().id(), new VideoSize(1280, 720), 8, 1, "cinematic", new byte[] {1, 2, 3});

        comparison.show(withImage, Locale.ENGLISH);

        var localRow = _getFormattedRow(comparison.grid, 0);
        assertThat(localRow.get(2)).as("the local renderer can start from an image and is priced").isNotEqualTo("–");
        assertThat(localRow.get(4)).isEmpty();
        var textOnlyRow = _getFormattedRow(comparison.grid, 1);
        assertThat(textOnlyRow.get(2)).isEqualTo("–");
        assertThat(textOnlyRow.get(4)).contains("cannot start from an image").contains("does not make 8 s videos");

        comparison.show(new GenerationOrder(campaignId, null, null, "A lighthouse at dawn", "Shot", local.id(),
                local.models().getFirst().id(), new VideoSize(1280, 720), 4, 1, "cinematic"), Locale.ENGLISH);

        assertThat(_getFormattedRow(comparison.grid, 1).get(4)).as("without an image the model has no gap")
                .doesNotContain("image");
    }
}
