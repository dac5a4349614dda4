package dev.clapboard.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.base.Money;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class RoiCsvTest {

    private static final Money ZERO = Money.zero("EUR");

    @Test
    void a_report_survives_a_csv_round_trip() throws IOException {
        var rows = parse(RoiCsv.write(report("Spring Launch, \"3.0\"", Money.of("-250.50", "EUR"))));

        assertThat(rows.get("campaign/name")).isEqualTo("Spring Launch, \"3.0\"");
        assertThat(rows.get("totals/spend")).isEqualTo("410.40");
        assertThat(rows.get("baseline/savings")).isEqualTo("-250.50");
        assertThat(rows.get("baseline/savings %")).isEqualTo("97.95");
        assertThat(rows.get("units/cost per approved video")).isEmpty();
        assertThat(rows.get("by provider/gateway")).isEqualTo("18.40");
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_neutralised() throws IOException {
        var rows = parse(RoiCsv.write(report("=HYPERLINK(\"http://evil.example\",\"x\")", ZERO)));

        assertThat(rows.get("campaign/name")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(dev.clapboard.base.CsvCells.neutralised("+1+1")).isEqualTo("'+1+1");
        assertThat(dev.clapboard.base.CsvCells.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(dev.clapboard.base.CsvCells.neutralised("-12.50")).isEqualTo("-12.50");
    }

    private static Map<String, String> parse(String csv) throws IOException {
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            assertThat(parser.getHeaderNames()).isEqualTo(RoiCsv.HEADER);
            return parser.getRecords().stream().collect(Collectors.toMap(r -> r.get("section") + "/" + r.get("label"),
                    (CSVRecord r) -> r.get("value")));
        }
    }

    private static RoiReport report(String name, Money savings) {
        return new RoiReport(1, name, Money.euros(1000), Money.of("410.40", "EUR"), Money.of("589.60", "EUR"),
                new BigDecimal("41.04"), ZERO, ZERO, ZERO, Money.euros(20_000), 5, savings, new BigDecimal("97.95"), null,
                null, 15, 5, 3, 30, null, null, 0, null, null,
                List.of(new RoiReport.SpendShare("gateway", Money.of("18.40", "EUR"), 3, 28)), List.of(), List.of(),
                List.of());
    }
}
