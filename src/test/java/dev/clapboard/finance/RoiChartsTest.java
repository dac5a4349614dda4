package dev.clapboard.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.base.Money;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class RoiChartsTest {

    @Test
    void every_chart_is_well_formed_svg_with_tooltips() throws Exception {
        var report = report();
        for (var svg : List.of(RoiCharts.spendOverTime(report), RoiCharts.savings(report), RoiCharts.costByProvider(report))) {
            var document = parse(svg);
            assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
            assertThat(titles(document)).isNotEmpty();
        }
    }

    @Test
    void the_savings_bars_name_both_amounts_in_their_tooltips() throws Exception {
        var titles = titles(parse(RoiCharts.savings(report())));

        assertThat(titles).contains("Saved €19,589.60 against the €20,000.00 baseline",
                "Traditional shoot: €20,000.00", "With Clapboard: €410.40");
    }

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> titles(Document document) {
        var nodes = document.getElementsByTagNameNS("*", "title");
        var titles = new ArrayList<String>();
        for (int i = 0; i < nodes.getLength(); i++) {
            titles.add(nodes.item(i).getTextContent());
        }
        return titles;
    }

    private static RoiReport report() {
        var zero = Money.zero("EUR");
        return new RoiReport(1, "Fixture <&> campaign", Money.euros(1000), Money.of("410.40", "EUR"),
                Money.of("589.60", "EUR"), new BigDecimal("41.04"), zero, zero, zero, Money.euros(20_000), 5,
                Money.of("19589.60", "EUR"), new BigDecimal("97.95"), null, null, 15, 5, 3, 30, null, null, 0, null, null,
                List.of(new RoiReport.SpendShare("gateway", Money.of("18.40", "EUR"), 3, 28),
                        new RoiReport.SpendShare("local", zero, 1, 12)),
                List.of(), List.of(),
                List.of(new RoiReport.SpendShare("2026-11-16", Money.of("100.00", "EUR"), 2, 16),
                        new RoiReport.SpendShare("2026-11-23", Money.of("310.40", "EUR"), 4, 20)));
    }
}
