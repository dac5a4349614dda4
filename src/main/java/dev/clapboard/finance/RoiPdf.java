package dev.clapboard.finance;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * Reports as PDF (PDFBox): one A4 page per campaign with its totals and its charts. Charts are drawn at
 * twice their size so they stay sharp when printed. Text uses Helvetica (WinAnsi); a character it cannot
 * encode is replaced by "?".
 */
public final class RoiPdf {

    private static final float MARGIN = 48;

    private RoiPdf() {
    }

    public static byte[] write(List<RoiReport> reports) {
        return write(reports, () -> { });
    }

    /** Writes the PDF, calling {@code pageWritten} after each campaign's page (for progress of long exports). */
    public static byte[] write(List<RoiReport> reports, Runnable pageWritten) {
        var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            for (var report : reports) {
                var page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    var y = page.getMediaBox().getHeight() - MARGIN;
                    y = text(content, bold, 18, y, report.campaignName());
                    y -= 6;
                    for (var line : lines(report)) {
                        y = text(content, regular, 11, y, line);
                    }
                    y -= 12;
                    var width = (page.getMediaBox().getWidth() - 2 * MARGIN - 12) / 2;
                    var height = width * RoiCharts.HEIGHT / RoiCharts.WIDTH;
                    var charts = RoiCharts.all(report);
                    for (int i = 0; i < charts.size(); i++) {
                        var image = LosslessFactory.createFromImage(document, image(charts.get(i)));
                        var x = MARGIN + (i % 2) * (width + 12);
                        var top = y - (i / 2) * (height + 12);
                        content.drawImage(image, x, top - height, width, height);
                    }
                }
                pageWritten.run();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(RoiReport r) {
        var lines = new ArrayList<String>();
        lines.add("Spend: " + RoiCharts.euros(r.spend()) + " of a " + RoiCharts.euros(r.budget()) + " budget ("
                + percent(r.budgetUsedPercent()) + "), " + RoiCharts.euros(r.reserved()) + " reserved");
        lines.add("Traditional baseline: " + RoiCharts.euros(r.baselineCost()) + " for " + r.baselineVariants()
                + " variants in " + r.baselineLeadTimeDays() + " days");
        lines.add("Savings: " + RoiCharts.euros(r.savings()) + " (" + percent(r.savingsPercent()) + ")");
        lines.add("Generations: " + r.generationsRequested() + " requested, " + r.generatedVideos() + " generated, "
                + r.generatedSeconds() + " seconds");
        lines.add("Cost per generated second: " + money(r.costPerGeneratedSecond()) + "; per generation: "
                + money(r.costPerGeneration()) + "; per approved video: " + money(r.costPerApprovedVideo()));
        lines.add("Approved videos: " + r.approvedVideos() + "; days to the first approved video: "
                + (r.daysToFirstApproval() == null ? "–" : r.daysToFirstApproval()));
        return lines;
    }

    private static String percent(java.math.@org.jspecify.annotations.Nullable BigDecimal value) {
        return value == null ? "–" : value.toPlainString() + " %";
    }

    private static String money(dev.clapboard.base.@org.jspecify.annotations.Nullable Money value) {
        return value == null ? "–" : RoiCharts.euros(value);
    }

    private static float text(PDPageContentStream content, PDType1Font font, float size, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(MARGIN, y - size);
        content.showText(encodable(font, text));
        content.endText();
        return y - size * 1.5f;
    }

    private static String encodable(PDType1Font font, String text) {
        var safe = new StringBuilder();
        text.codePoints().forEach(c -> {
            var s = new String(Character.toChars(c));
            try {
                font.encode(s);
                safe.append(s);
            } catch (IOException | IllegalArgumentException e) {
                safe.append('?');
            }
        });
        return safe.toString();
    }

    private static BufferedImage image(RoiCharts.Chart chart) {
        chart.chart().setBackgroundPaint(java.awt.Color.WHITE);
        var image = new BufferedImage(RoiCharts.WIDTH * 2, RoiCharts.HEIGHT * 2, BufferedImage.TYPE_INT_RGB);
        var g2 = image.createGraphics();
        try {
            g2.scale(2, 2);
            chart.chart().draw(g2, new java.awt.Rectangle(0, 0, RoiCharts.WIDTH, RoiCharts.HEIGHT));
        } finally {
            g2.dispose();
        }
        return image;
    }
}
