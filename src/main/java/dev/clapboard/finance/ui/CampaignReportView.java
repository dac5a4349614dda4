package dev.clapboard.finance.ui;

import static dev.clapboard.finance.ui.Figures.money;
import static dev.clapboard.finance.ui.Figures.number;
import static dev.clapboard.finance.ui.Figures.percent;
import static dev.clapboard.finance.ui.Figures.tile;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.clapboard.campaign.CampaignNotFoundException;
import dev.clapboard.finance.AbResultsService;
import dev.clapboard.finance.CostLedger;
import dev.clapboard.finance.RoiCharts;
import dev.clapboard.finance.RoiCsv;
import dev.clapboard.finance.RoiPdf;
import dev.clapboard.finance.RoiReport;
import dev.clapboard.finance.RoiService;
import dev.clapboard.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A campaign's ROI report: spend against budget and baseline, unit costs, breakdowns and A/B results. */
@Route("campaigns/:" + CampaignReportView.CAMPAIGN_ID + "/report")
@PageTitle("Report · Clapboard")
@RolesAllowed(Roles.MANAGER)
class CampaignReportView extends Main implements BeforeEnterObserver {

    static final String CAMPAIGN_ID = "campaignId";

    private final RoiService roi;
    private final AbResultsService ab;
    private final CostLedger ledger;
    final H2 title = new H2();
    final Div figures = new Div();
    final Div charts = new Div();
    final Grid<RoiReport.SpendShare> byProvider = shares("Provider");
    final Grid<RoiReport.SpendShare> byModel = shares("Model");
    final Grid<RoiReport.SpendShare> byMember = shares("Member");
    final Grid<RoiReport.SpendShare> byWeek = shares("Week of");
    @Nullable AbSection abSection;
    @Nullable ManualCostForm costs;

    CampaignReportView(RoiService roi, AbResultsService ab, CostLedger ledger) {
        this.roi = roi;
        this.ledger = ledger;
        this.ab = ab;
        addClassName("list-view");
        figures.addClassName("report-figures");
        charts.addClassName("report-charts");
    }

    static String path(long campaignId) {
        return "campaigns/" + campaignId + "/report";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get(CAMPAIGN_ID).filter(p -> p.matches("\\d{1,18}")).map(Long::parseLong);
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            show(roi.report(id.get()));
        } catch (CampaignNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(RoiReport report) {
        removeAll();
        title.setText(report.campaignName() + " · report");
        figures.removeAll();
        figures.add(
                tile("Spend", money(report.spend()), percent(report.budgetUsedPercent()) + " of the "
                        + money(report.budget()) + " budget; " + money(report.reserved()) + " reserved"),
                tile("Saved against a traditional shoot", money(report.savings()), percent(report.savingsPercent())
                        + " of the " + money(report.baselineCost()) + " baseline for " + report.baselineVariants()
                        + " variants"),
                tile("Days to the first approved video", number(report.daysToFirstApproval()),
                        "baseline " + report.baselineLeadTimeDays() + " days"),
                tile("Cost per generated second", money(report.costPerGeneratedSecond()),
                        report.generatedSeconds() + " seconds generated"),
                tile("Cost per generation", money(report.costPerGeneration()),
                        report.generatedVideos() + " videos of " + report.generationsRequested() + " requested"),
                tile("Cost per approved video", money(report.costPerApprovedVideo()),
                        number(report.generationsPerApprovedVideo()) + " generations per approved video"),
                tile("Other costs", money(report.manual()), "staff, music, media buying"));
        byProvider.setItems(report.byProvider());
        byModel.setItems(report.byModel());
        byMember.setItems(report.byMember());
        byWeek.setItems(report.byWeek());
        var breakdowns = new Div(section("By provider", byProvider), section("By model", byModel),
                section("By member", byMember), section("By week", byWeek));
        breakdowns.addClassName("report-breakdowns");
        abSection = new AbSection(ab, report.campaignId());
        var export = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = RoiCsv.write(report).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "campaign-" + report.campaignId() + "-report.csv",
                    "text/csv", bytes.length);
        }), "Export CSV");
        var pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = RoiPdf.write(List.of(report));
            return new DownloadResponse(new ByteArrayInputStream(bytes), "campaign-" + report.campaignId() + "-report.pdf",
                    "application/pdf", bytes.length);
        }), "Export PDF");
        charts.removeAll();
        charts.add(new Svg(RoiCharts.spendOverTime(report)), new Svg(RoiCharts.savings(report)),
                new Svg(RoiCharts.costByProvider(report)));
        var heading = new Div(title, export, pdf);
        heading.addClassName("report-heading");
        costs = new ManualCostForm(ledger, report.campaignId(), () -> show(roi.report(report.campaignId())));
        add(heading, figures, charts, breakdowns, costs, abSection);
    }

    private static Div section(String heading, Grid<RoiReport.SpendShare> grid) {
        return new Div(new H3(heading), grid);
    }

    private static Grid<RoiReport.SpendShare> shares(String header) {
        var grid = new Grid<RoiReport.SpendShare>();
        grid.addColumn(RoiReport.SpendShare::label).setHeader(header).setAutoWidth(true);
        grid.addColumn(s -> money(s.euros())).setHeader("Spend").setAutoWidth(true);
        grid.addColumn(RoiReport.SpendShare::generations).setHeader("Generations").setAutoWidth(true);
        grid.addColumn(RoiReport.SpendShare::seconds).setHeader("Seconds").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setItems(List.of());
        grid.setEmptyStateText("Nothing spent yet.");
        return grid;
    }
}
