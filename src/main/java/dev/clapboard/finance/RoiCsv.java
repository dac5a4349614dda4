package dev.clapboard.finance;

import dev.clapboard.base.CsvCells;
import dev.clapboard.base.Money;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * A report as CSV (section, label, value, currency). Text a spreadsheet would run as a formula (starting
 * with = + - @, tab or carriage return) is prefixed with an apostrophe; plain numbers are written as they are.
 */
public final class RoiCsv {

    public static final List<String> HEADER = List.of("section", "label", "value", "currency");

    private RoiCsv() {
    }

    public static String write(RoiReport r) {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
            row(csv, "campaign", "name", r.campaignName(), null);
            money(csv, "totals", "spend", r.spend());
            money(csv, "totals", "budget", r.budget());
            money(csv, "totals", "remaining", r.remaining());
            number(csv, "totals", "budget used %", r.budgetUsedPercent());
            money(csv, "totals", "charged", r.charged());
            money(csv, "totals", "reserved", r.reserved());
            money(csv, "totals", "other costs", r.manual());
            money(csv, "baseline", "traditional cost", r.baselineCost());
            money(csv, "baseline", "savings", r.savings());
            number(csv, "baseline", "savings %", r.savingsPercent());
            row(csv, "baseline", "lead time days", String.valueOf(r.baselineLeadTimeDays()), null);
            row(csv, "speed", "days to first approved video", text(r.daysToFirstApproval()), null);
            row(csv, "units", "generations requested", String.valueOf(r.generationsRequested()), null);
            row(csv, "units", "generated videos", String.valueOf(r.generatedVideos()), null);
            row(csv, "units", "generated seconds", String.valueOf(r.generatedSeconds()), null);
            money(csv, "units", "cost per generated second", r.costPerGeneratedSecond());
            money(csv, "units", "cost per generation", r.costPerGeneration());
            row(csv, "units", "approved videos", String.valueOf(r.approvedVideos()), null);
            money(csv, "units", "cost per approved video", r.costPerApprovedVideo());
            number(csv, "units", "generations per approved video", r.generationsPerApprovedVideo());
            shares(csv, "provider", r.byProvider());
            shares(csv, "model", r.byModel());
            shares(csv, "member", r.byMember());
            shares(csv, "week", r.byWeek());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }


    private static void shares(CSVPrinter csv, String section, List<RoiReport.SpendShare> shares) throws IOException {
        for (var share : shares) {
            money(csv, "by " + section, share.label(), share.euros());
        }
    }

    private static void money(CSVPrinter csv, String section, String label, @Nullable Money money) throws IOException {
        row(csv, section, label, money == null ? "" : money.amount().toPlainString(), money == null ? null : money.currency());
    }

    private static void number(CSVPrinter csv, String section, String label, @Nullable BigDecimal value)
            throws IOException {
        row(csv, section, label, value == null ? "" : value.toPlainString(), null);
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    private static void row(CSVPrinter csv, String section, String label, String value, @Nullable String currency)
            throws IOException {
        csv.printRecord(CsvCells.neutralised(section), CsvCells.neutralised(label), CsvCells.neutralised(value), currency == null ? "" : currency);
    }
}
