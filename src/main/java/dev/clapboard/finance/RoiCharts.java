package dev.clapboard.finance;

import dev.clapboard.base.Money;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * The report's charts, drawn on the server as SVG (JFreeChart onto JFreeSVG): spend over time against the
 * budget line, the savings bar against the traditional baseline, and cost by provider. Every bar and point
 * carries an SVG {@code <title>}, which browsers show as its tooltip.
 */
public final class RoiCharts {

    static final int WIDTH = 560;
    static final int HEIGHT = 300;
    private static final Color INK = new Color(0x1a, 0x39, 0x60);
    private static final Color ACCENT = new Color(0x00, 0x6a, 0xf5);
    private static final Color MUTED = new Color(0x9a, 0xa5, 0xb1);

    private RoiCharts() {
    }

    /** A chart and the one-line summary that is its title for screen readers and tooltips. */
    record Chart(JFreeChart chart, String summary) {
    }

    /** Cumulative spend per week, with the budget as a red line. */
    public static String spendOverTime(RoiReport report) {
        return svg(spendChart(report));
    }

    /** What the campaign cost against what a traditional shoot would have cost. */
    public static String savings(RoiReport report) {
        return svg(savingsChart(report));
    }

    /** Generation spend per provider. */
    public static String costByProvider(RoiReport report) {
        return svg(providerChart(report));
    }

    /** The three charts, in the order the report shows them. */
    static java.util.List<Chart> all(RoiReport report) {
        return java.util.List.of(spendChart(report), savingsChart(report), providerChart(report));
    }

    static Chart spendChart(RoiReport report) {
        var data = new DefaultCategoryDataset();
        var total = BigDecimal.ZERO;
        for (var week : report.byWeek()) {
            total = total.add(week.euros().amount());
            data.addValue(total, "Spend", week.label());
        }
        var renderer = new TitledLineRenderer();
        renderer.setSeriesPaint(0, ACCENT);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        var plot = plot(data, renderer, "Week of");
        var budget = new ValueMarker(report.budget().amount().doubleValue(), new Color(0xd3, 0x2f, 0x2f),
                new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        budget.setLabel("Budget " + euros(report.budget()));
        budget.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        budget.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
        budget.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(budget);
        ((NumberAxis) plot.getRangeAxis()).setUpperBound(Math.max(report.budget().amount().doubleValue(),
                total.doubleValue()) * 1.15 + 1);
        return new Chart(new JFreeChart("Spend over time against the budget", titleFont(), plot, false),
                "Spend " + euros(report.spend()) + " of a " + euros(report.budget()) + " budget");
    }

    static Chart savingsChart(RoiReport report) {
        var data = new DefaultCategoryDataset();
        data.addValue(report.baselineCost().amount(), "Cost", "Traditional shoot");
        data.addValue(report.spend().amount(), "Cost", "With Clapboard");
        var renderer = bars();
        renderer.setSeriesPaint(0, INK);
        var plot = plot(data, renderer, "");
        return new Chart(new JFreeChart("Savings against the traditional baseline", titleFont(), plot, false),
                "Saved " + euros(report.savings()) + " against the " + euros(report.baselineCost()) + " baseline");
    }

    static Chart providerChart(RoiReport report) {
        var data = new DefaultCategoryDataset();
        report.byProvider().forEach(share -> data.addValue(share.euros().amount(), "Spend", share.label()));
        var renderer = bars();
        renderer.setSeriesPaint(0, ACCENT);
        return new Chart(new JFreeChart("Cost by provider", titleFont(), plot(data, renderer, "Provider"), false),
                "Generation spend by provider");
    }

    private static CategoryPlot plot(CategoryDataset data, org.jfree.chart.renderer.category.CategoryItemRenderer renderer,
            String domainLabel) {
        var range = new NumberAxis("EUR");
        range.setAutoRangeIncludesZero(true);
        var plot = new CategoryPlot(data, new CategoryAxis(domainLabel), range, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(MUTED);
        plot.setOutlineVisible(false);
        plot.setNoDataMessage("Nothing spent yet");
        return plot;
    }

    private static BarRenderer bars() {
        var renderer = new TitledBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.25);
        return renderer;
    }

    private static Font titleFont() {
        return new Font(Font.SANS_SERIF, Font.BOLD, 14);
    }

    private static String svg(Chart chart) {
        chart.chart().setBackgroundPaint(Color.WHITE);
        chart.chart().setTextAntiAlias(true);
        var g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.chart().draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        var svg = g2.getSVGElement(null, true, null, null, null);
        var start = svg.indexOf('>') + 1;
        return svg.substring(0, start) + "<title>" + escape(chart.summary()) + "</title>" + svg.substring(start);
    }

    static String euros(Money money) {
        return money.format(Locale.UK);
    }

    private static String title(CategoryDataset data, int row, int column) {
        var value = data.getValue(row, column);
        return data.getColumnKey(column) + ": " + (value == null ? "–"
                : euros(new Money(new BigDecimal(value.toString()), Money.EUR)));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Bars whose SVG element carries its category and amount as a title. */
    private static final class TitledBarRenderer extends BarRenderer {
        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                CategoryAxis domainAxis, org.jfree.chart.axis.ValueAxis rangeAxis, CategoryDataset dataset, int row,
                int column, int pass) {
            g2.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, title(dataset, row, column));
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        }
    }

    /** Points whose SVG element carries the week and the cumulative spend as a title. */
    private static final class TitledLineRenderer extends LineAndShapeRenderer {
        TitledLineRenderer() {
            super(true, true);
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                CategoryAxis domainAxis, org.jfree.chart.axis.ValueAxis rangeAxis, CategoryDataset dataset, int row,
                int column, int pass) {
            if (pass == 1) {
                g2.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, title(dataset, row, column));
            }
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        }
    }
}
