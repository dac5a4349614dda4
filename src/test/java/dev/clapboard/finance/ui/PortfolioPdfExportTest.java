package dev.clapboard.finance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import dev.clapboard.base.Money;
import dev.clapboard.campaign.CampaignDraft;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CampaignStatus;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** Portfolio PDF exports: over the limit in the background with progress and a download link, else at once. */
@DirtiesContext
@TestPropertySource(properties = "clapboard.reports.immediate-export-limit=1")
class PortfolioPdfExportTest extends KaribuTest {

    @Autowired
    CampaignService campaigns;

    @BeforeEach
    void campaigns() {
        signIn(DemoLogins.MANAGER);
        if (!campaigns.baselines(LocalDate.of(2041, 1, 1), null).isEmpty()) {
            UI.getCurrent().navigate("reports");
            return; // made for an earlier test of this class
        }
        for (var run : List.of("Export one:2041-03-01", "Export two:2041-06-01", "Export three:2042-03-01")) {
            var start = LocalDate.parse(run.split(":")[1]);
            campaigns.create(new CampaignDraft(run.split(":")[0], "Northwind Analytics", null, List.of(), start,
                    start.plusWeeks(3), Money.euros(1_000), Money.euros(20_000), 15, 5, CampaignStatus.ACTIVE));
        }
        UI.getCurrent().navigate("reports");
    }

    @Test
    void a_large_export_runs_in_the_background_fills_the_progress_bar_and_offers_the_file() throws Exception {
        var portfolio = _get(ReportsView.class).portfolio;
        _setValue(portfolio.from, LocalDate.of(2041, 1, 1));
        _setValue(portfolio.to, LocalDate.of(2041, 12, 31));
        var export = portfolio.export;

        _click(export.start);

        assertThat(export.running).isNotNull();
        assertThat(export.start.isEnabled()).isFalse();
        assertThat(export.status.getText()).isEqualTo("Writing 2 campaigns…");
        var pdf = export.running.get(120, TimeUnit.SECONDS);
        MockVaadin.runUIQueue();

        assertThat(export.progress.getValue()).isEqualTo(1.0);
        assertThat(export.download.isVisible()).isTrue();
        assertThat(export.download.getText()).isEqualTo("Download portfolio-2041-01-01-to-2041-12-31.pdf");
        assertThat(export.start.isEnabled()).isTrue();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(new PDFTextStripper().getText(document)).contains("Export one", "Export two")
                    .doesNotContain("Export three");
        }
    }

    @Test
    void a_small_export_is_offered_at_once() {
        var portfolio = _get(ReportsView.class).portfolio;
        _setValue(portfolio.from, LocalDate.of(2042, 1, 1));
        _setValue(portfolio.to, LocalDate.of(2042, 12, 31));
        var export = portfolio.export;

        _click(export.start);

        assertThat(export.running).isNull();
        assertThat(export.progress.isVisible()).isFalse();
        assertThat(export.download.isVisible()).isTrue();
        assertThat(export.download.getText()).isEqualTo("Download portfolio-2042-01-01-to-2042-12-31.pdf");
    }
}
