package dev.clapboard.finance.ui;

import static dev.clapboard.finance.ui.Figures.money;
import static dev.clapboard.finance.ui.Figures.percent;
import static dev.clapboard.finance.ui.Figures.tile;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.clapboard.finance.Portfolio;
import dev.clapboard.finance.ReportExports;
import dev.clapboard.finance.RoiService;

/**
 * The portfolio dashboard: campaigns running in a period together, with spend against their baselines,
 * approvals, days to the first approval and the best-converting styles.
 */
class PortfolioSummary extends Div {

    private final RoiService roi;
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Div totals = new Div();
    final Grid<Portfolio.StyleConversion> styles = new Grid<>();

    final PortfolioPdfExport export;

    PortfolioSummary(RoiService roi, ReportExports exports) {
        this.roi = roi;
        this.export = new PortfolioPdfExport(exports, from::getValue, to::getValue);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.setHelperText("Campaigns running in the period; empty for all");
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            refresh();
        });
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            refresh();
        });
        totals.addClassName("report-figures");
        styles.addColumn(Portfolio.StyleConversion::style).setHeader("Style").setAutoWidth(true);
        styles.addColumn(s -> Figures.rate(s.conversion().value()) + " (" + Figures.rate(s.conversion().low()) + "–"
                + Figures.rate(s.conversion().high()) + ")").setHeader("Conversion (95 % CI)").setAutoWidth(true);
        styles.addColumn(Portfolio.StyleConversion::conversions).setHeader("Conversions").setAutoWidth(true);
        styles.addColumn(Portfolio.StyleConversion::clicks).setHeader("Clicks").setAutoWidth(true);
        styles.setAllRowsVisible(true);
        styles.setEmptyStateText("No A/B results in this period.");
        add(new HorizontalLayout(from, to), export, totals, new H3("Best-converting styles"), styles);
        refresh();
    }

    private void refresh() {
        if (from.isInvalid() || to.isInvalid()) {
            return;
        }
        var portfolio = roi.portfolio(from.getValue(), to.getValue());
        totals.removeAll();
        totals.add(tile("Portfolio spend", money(portfolio.spend()), portfolio.campaigns() + (portfolio.campaigns() == 1 ? " campaign" : " campaigns")),
                tile("Saved against traditional shoots", money(portfolio.savings()),
                        percent(portfolio.savingsPercent()) + " of " + money(portfolio.baselineCost())),
                tile("Approved videos", String.valueOf(portfolio.approvedVideos()), "across these campaigns"),
                tile("Days to the first approval", Figures.number(portfolio.averageDaysToFirstApproval()),
                        "on average, from the first request"));
        styles.setItems(portfolio.bestStyles());
    }
}
