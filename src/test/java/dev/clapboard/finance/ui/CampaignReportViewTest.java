package dev.clapboard.finance.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import dev.clapboard.base.ui.NotFoundView;
import dev.clapboard.campaign.Campaigns;
import dev.clapboard.base.Money;
import dev.clapboard.finance.AbResultsService;
import dev.clapboard.finance.CostLedger;
import java.math.BigDecimal;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SecondWorkspace;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

@DirtiesContext
class CampaignReportViewTest extends KaribuTest {

    @Autowired
    Campaigns campaigns;
    @Autowired
    GenerationService generations;
    @Autowired
    AbResultsService ab;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    CostLedger ledger;

    @Test
    void a_manager_opens_a_campaigns_report_from_the_reports_list() {
        signIn(DemoLogins.MANAGER);
        UI.getCurrent().navigate("reports");
        var list = _get(ReportsView.class);
        assertThat(_size(list.grid)).isPositive();

        UI.getCurrent().navigate(CampaignReportView.path(campaigns.demoCampaignId()));

        var view = _get(CampaignReportView.class);
        assertThat(view.title.getText()).startsWith("Spring Launch: Northwind Analytics 3.0");
        assertThat(view.figures.getElement().getTextRecursively()).contains("Saved against a traditional shoot")
                .contains("baseline 15 days");
        assertThat(view.charts.getChildren().filter(Svg.class::isInstance).count()).isEqualTo(3);
        assertThat(list.portfolio.totals.getElement().getTextRecursively()).contains("Portfolio spend");
    }

    @Test
    void a_manager_imports_ab_results_and_sees_ctr_lift_and_significance() {
        var variants = twoVariants();
        signIn(DemoLogins.MANAGER);
        UI.getCurrent().navigate(CampaignReportView.path(campaigns.demoCampaignId()));
        var section = _get(AbSection.class);

        _setValue(section.csv, String.join("\n", String.join(",", AbResultsService.COLUMNS),
                variants.get(0) + ",LinkedIn,2026-11-01,2026-11-14,10000,200,20",
                variants.get(1) + ",LinkedIn,2026-11-01,2026-11-14,10000,260,39"));
        _click(section.importButton);

        assertThat(section.csv.isInvalid()).isFalse();
        assertThat(_size(section.grid)).isEqualTo(2);
        assertThat(_getFormattedRow(section.grid, 0).get(0)).isEqualTo("#" + variants.get(0) + " (control)");
        assertThat(_getFormattedRow(section.grid, 1).get(0)).isEqualTo("#" + variants.get(1) + " ★ winner");
        assertThat(_getFormattedRow(section.grid, 1).get(2)).startsWith("2.60 %");
        assertThat(_getFormattedRow(section.grid, 1).get(4)).isEqualTo("+30.0 %");
        assertThat(_getFormattedRow(section.grid, 1).get(5)).startsWith("Significant");
    }

    @Test
    void a_manager_books_another_cost_and_the_figures_include_it() {
        signIn(DemoLogins.MANAGER);
        var campaignId = campaigns.demoCampaignId();
        var before = ledger.spentOn(campaignId);
        UI.getCurrent().navigate(CampaignReportView.path(campaignId));
        var form = _get(ManualCostForm.class);

        _click(form.add);
        assertThat(form.amount.isInvalid()).isTrue();
        assertThat(form.amount.getErrorMessage()).isEqualTo("Enter an amount above zero.");
        assertThat(ledger.spentOn(campaignId)).isEqualTo(before);

        _setValue(form.amount, new BigDecimal("125.50"));
        _setValue(form.note, "Voice-over, 1 h");
        _click(form.add);

        var spent = before.amount().add(new BigDecimal("125.50"));
        assertThat(ledger.spentOn(campaignId).amount()).isEqualByComparingTo(spent);
        assertThat(_get(CampaignReportView.class).figures.getElement().getTextRecursively())
                .contains(new Money(spent, Money.EUR).format(java.util.Locale.UK));
    }

    @Test
    void a_malformed_csv_names_the_line_and_imports_nothing() {
        var variants = twoVariants();
        signIn(DemoLogins.MANAGER);
        var campaignId = campaigns.demoCampaignId();
        var before = ab.results(campaignId);
        UI.getCurrent().navigate(CampaignReportView.path(campaignId));
        var section = _get(AbSection.class);

        _setValue(section.csv, String.join("\n", String.join(",", AbResultsService.COLUMNS),
                variants.get(0) + ",LinkedIn,2026-11-01,2026-11-14,10000,200,20",
                variants.get(1) + ",LinkedIn,2026-11-01,2026-11-14,10000,lots,39"));
        _click(section.importButton);

        assertThat(section.csv.isInvalid()).isTrue();
        assertThat(section.csv.getErrorMessage())
                .isEqualTo("Line 3: clicks must be a whole number from 0 to 1,000,000,000,000, not “lots”.");
        assertThat(ab.results(campaignId)).isEqualTo(before);
    }

    @Test
    void creators_and_reviewers_are_refused_the_report_and_have_no_reports_menu() {
        for (var login : List.of(DemoLogins.CREATOR, DemoLogins.REVIEWER)) {
            signIn(login);
            openUrl(CampaignReportView.path(campaigns.demoCampaignId()));
            _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
            openUrl("reports");
            _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
        }
    }

    @Test
    void a_campaign_of_another_workspace_is_not_found() {
        var other = secondWorkspace.create("Contoso Reports", "reports@contoso.example", "MANAGER", "Contoso report");
        signIn(DemoLogins.MANAGER);

        openUrl(CampaignReportView.path(other.campaignId()));

        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
    }

    private List<Long> twoVariants() {
        signIn(DemoLogins.CREATOR);
        var order = new GenerationOrder(campaigns.demoCampaignId(), null, null, "A dashboard on a monitor", "Shot",
                "local", "storyboard-1", new VideoSize(640, 360), 4, 2, "cinematic");
        return generations.request(order).stream().map(g -> g.id()).toList();
    }

}
