package dev.clapboard.finance.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import dev.clapboard.campaign.Campaigns;
import dev.clapboard.finance.AbEntry;
import dev.clapboard.finance.AbImportException;
import dev.clapboard.finance.AbResultsService;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.support.AwaitGenerations;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;

/** A/B figures typed in one row at a time, and the control chosen: a static asset or one of the variants. */
@DirtiesContext
class AbEntryFormTest extends KaribuTest {

    @Autowired
    Campaigns campaigns;
    @Autowired
    GenerationService generations;
    @Autowired
    AbResultsService ab;
    @Autowired
    AwaitGenerations await;

    long campaignId;
    List<Long> variants;

    @BeforeEach
    void campaignWithTwoVariants() throws Exception {
        signIn(DemoLogins.MANAGER);
        campaignId = campaigns.newBoard("A/B entry").campaign().id();
        var requested = generations.request(new GenerationOrder(campaignId, null, null, "A dashboard on a monitor",
                "Shot", "local", "storyboard-1", new VideoSize(640, 360), 4, 2, "cinematic"));
        variants = requested.stream().map(GenerationSummary::id).sorted().toList();
        await.allEnded(variants);
        UI.getCurrent().navigate(CampaignReportView.path(campaignId));
    }

    @Test
    void a_manager_compares_the_variants_with_a_static_asset_whose_figures_were_typed_in() {
        var section = _get(AbSection.class);
        section.control.setValue(section.control.getListDataView().getItem(0));
        _setValue(section.staticAsset, "Spring banner");
        _click(section.setControl);
        assertThat(section.controlNote.getText()).isEqualTo(
                "The control is the static asset “Spring banner”; enter its figures as variant “control”.");

        var form = section.entry;
        enter(form, 0, "10000", "200", "20");
        enter(form, variant(form, variants.get(1)), "10000", "260", "39");

        assertThat(_size(section.grid)).isEqualTo(2);
        assertThat(_getFormattedRow(section.grid, 0).get(0)).isEqualTo("Spring banner (control)");
        assertThat(_getFormattedRow(section.grid, 1).get(0)).isEqualTo("#" + variants.get(1) + " ★ winner");
        assertThat(_getFormattedRow(section.grid, 1).get(4)).isEqualTo("+30.0 %");
        assertThat(_getFormattedRow(section.grid, 1).get(5)).startsWith("Significant");
    }

    @Test
    void a_chosen_variant_is_the_control_and_the_others_are_compared_with_it() {
        ab.enter(campaignId, new AbEntry(variants.get(0), "LinkedIn", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 14), 10_000L, 260L, 39L));
        ab.enter(campaignId, new AbEntry(variants.get(1), "LinkedIn", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 14), 10_000L, 200L, 20L));
        var section = _get(AbSection.class);
        section.control.setValue(section.control.getListDataView().getItems()
                .filter(c -> variants.get(1).equals(c.generationId())).findFirst().orElseThrow());
        _click(section.setControl);

        assertThat(section.controlNote.getText()).isEqualTo("The control is variant #" + variants.get(1) + ".");
        assertThat(_getFormattedRow(section.grid, 1).get(0)).isEqualTo("#" + variants.get(1) + " (control)");
        assertThat(_getFormattedRow(section.grid, 0).get(0)).isEqualTo("#" + variants.get(0) + " ★ winner");
        assertThat(_getFormattedRow(section.grid, 0).get(4)).isEqualTo("+30.0 %");
    }

    @Test
    void bad_figures_are_refused_at_the_field_with_the_import_messages_and_nothing_is_saved() {
        var section = _get(AbSection.class);
        var form = section.entry;

        _click(form.add);
        assertThat(form.variant.isInvalid()).isTrue();
        assertThat(form.variant.getErrorMessage()).isEqualTo("Choose a variant.");

        form.variant.setValue(form.variant.getListDataView().getItem(variant(form, variants.get(0))));
        _setValue(form.periodStart, LocalDate.of(2026, 11, 1));
        _setValue(form.periodEnd, LocalDate.of(2026, 11, 14));
        _setValue(form.impressions, 100);
        _setValue(form.clicks, 300);
        _setValue(form.conversions, 3);
        _click(form.add);
        assertThat(form.channel.isInvalid()).isTrue();
        assertThat(form.channel.getErrorMessage()).isEqualTo("Channel must be 1 to 60 characters.");

        _setValue(form.channel, "LinkedIn");
        _click(form.add);
        assertThat(form.channel.isInvalid()).isFalse();
        assertThat(form.clicks.isInvalid()).isTrue();
        assertThat(form.clicks.getErrorMessage()).isEqualTo("Clicks (300) exceed impressions (100).");

        _setValue(form.periodEnd, LocalDate.of(2026, 10, 1));
        _setValue(form.clicks, 30);
        _click(form.add);
        assertThat(form.periodEnd.getErrorMessage()).isEqualTo("Period_end is before period_start.");
        assertThat(ab.results(campaignId)).isEmpty();
        // the same check, worded for the import
        assertThatThrownBy(() -> ab.importCsv(campaignId, String.join(",", AbResultsService.COLUMNS) + "\n"
                + variants.get(0) + ",LinkedIn,2026-11-01,2026-11-14,100,300,3"))
                .isInstanceOf(AbImportException.class).hasMessage("Line 2: clicks (300) exceed impressions (100).");
        assertThat(ab.results(campaignId)).isEmpty();
    }

    @Test
    void static_figures_need_a_static_control_and_creators_cannot_enter_figures() {
        assertThatThrownBy(() -> ab.importCsv(campaignId, String.join(",", AbResultsService.COLUMNS) + "\n"
                + "control,LinkedIn,2026-11-01,2026-11-14,100,30,3"))
                .isInstanceOf(AbImportException.class)
                .hasMessage("Line 2: this campaign's control is not a static asset; choose one first.");

        signIn(DemoLogins.CREATOR);
        assertThatThrownBy(() -> ab.enter(campaignId, new AbEntry(variants.get(0), "LinkedIn", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 14), 100L, 30L, 3L))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ab.useStaticControl(campaignId, "Banner")).isInstanceOf(AccessDeniedException.class);
    }

    private static int variant(AbEntryForm form, long generationId) {
        var items = form.variant.getListDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (Long.valueOf(generationId).equals(items.get(i).generationId())) {
                return i;
            }
        }
        throw new AssertionError("variant " + generationId + " is not offered");
    }

    private static void enter(AbEntryForm form, int choice, String impressions, String clicks, String conversions) {
        form.variant.setValue(form.variant.getListDataView().getItem(choice));
        _setValue(form.channel, "LinkedIn");
        _setValue(form.periodStart, LocalDate.of(2026, 11, 1));
        _setValue(form.periodEnd, LocalDate.of(2026, 11, 14));
        _setValue(form.impressions, Integer.valueOf(impressions));
        _setValue(form.clicks, Integer.valueOf(clicks));
        _setValue(form.conversions, Integer.valueOf(conversions));
        _click(form.add);
        assertThat(form.variant.isInvalid()).isFalse();
    }
}
