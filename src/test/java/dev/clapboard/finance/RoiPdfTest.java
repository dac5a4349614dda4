package dev.clapboard.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.base.Money;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class RoiPdfTest {

    @Test
    void the_pdf_opens_with_one_page_per_campaign_naming_it_with_its_totals_and_charts() throws Exception {
        var bytes = RoiPdf.write(List.of(report(1, "Spring Launch: Northwind Analytics 3.0"),
                report(2, "Winter Teaser – 東京")));

        try (var pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            var stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            var first = stripper.getText(pdf);
            assertThat(first).contains("Spring Launch: Northwind Analytics 3.0")
                    .contains("Spend: €410.40 of a €1,000.00 budget (41.04 %), €3.68 reserved")
                    .contains("Savings: €19,589.60 (97.95 %)");
            assertThat(pdf.getPage(0).getResources().getXObjectNames()).hasSize(3);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(pdf)).contains("Winter Teaser – ??");
        }
    }

    private static RoiReport report(long id, String name) {
        return new RoiReport(id, name, Money.euros(1000), Money.of("410.40", "EUR"), Money.of("589.60", "EUR"),
                new BigDecimal("41.04"), Money.of("14.72", "EUR"), Money.of("3.68", "EUR"), Money.of("392.00", "EUR"),
                Money.euros(20_000), 5, Money.of("19589.60", "EUR"), new BigDecimal("97.95"), null, null, 15, 5, 3, 30,
                Money.of("0.49", "EUR"), Money.of("4.91", "EUR"), 0, null, null,
                List.of(new RoiReport.SpendShare("gateway", Money.of("18.40", "EUR"), 3, 28)), List.of(), List.of(),
                List.of(new RoiReport.SpendShare("2026-11-23", Money.of("410.40", "EUR"), 6, 30)));
    }

}
