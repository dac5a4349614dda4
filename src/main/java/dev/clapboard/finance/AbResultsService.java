package dev.clapboard.finance;

import dev.clapboard.finance.domain.AbResult;
import dev.clapboard.finance.domain.AbResultRepository;
import dev.clapboard.generation.GenerationService;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A/B results of a campaign's variants: import from CSV (all rows or none) and the per-variant statistics
 * against a control variant.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('MANAGER')")
public class AbResultsService {

    /** The CSV columns, in this order, with a header line. */
    public static final List<String> COLUMNS = List.of("variant", "channel", "period_start", "period_end",
            "impressions", "clicks", "conversions");

    private final AbResultRepository results;
    private final GenerationService generations;
    private final Clock clock;

    AbResultsService(AbResultRepository results, GenerationService generations, Clock clock) {
        this.results = results;
        this.generations = generations;
        this.clock = clock;
    }

    /**
     * Imports rows of {@link #COLUMNS}; {@code variant} is a generation id of this campaign.
     *
     * @return how many rows were imported
     * @throws AbImportException naming the first bad line; then nothing is imported
     */
    @Transactional
    public int importCsv(long campaignId, String csv) {
        var rows = new ArrayList<AbResult>();
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (var parser = format.parse(new StringReader(csv))) {
            if (!parser.getHeaderNames().equals(COLUMNS)) {
                throw new AbImportException("Line 1: the header must be " + String.join(",", COLUMNS) + ".");
            }
            for (var record : parser) {
                rows.add(row(campaignId, record));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new AbImportException("The file is not valid CSV: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new AbImportException("The file has no rows to import.");
        }
        results.saveAll(rows);
        return rows.size();
    }

    private AbResult row(long campaignId, CSVRecord record) {
        var line = "Line " + (record.getRecordNumber() + 1) + ": ";
        if (record.size() != COLUMNS.size()) {
            throw new AbImportException(line + "expected " + COLUMNS.size() + " values, found " + record.size() + ".");
        }
        var variant = number(record, "variant", line);
        var generation = generations.find(variant).filter(g -> g.campaignId() == campaignId);
        if (generation.isEmpty()) {
            throw new AbImportException(line + "variant " + variant + " is not a generation of this campaign.");
        }
        var channel = record.get("channel");
        if (channel.isBlank() || channel.length() > 60) {
            throw new AbImportException(line + "channel must be 1 to 60 characters.");
        }
        var start = date(record, "period_start", line);
        var end = date(record, "period_end", line);
        if (end.isBefore(start)) {
            throw new AbImportException(line + "period_end is before period_start.");
        }
        var impressions = number(record, "impressions", line);
        var clicks = number(record, "clicks", line);
        var conversions = number(record, "conversions", line);
        if (clicks > impressions) {
            throw new AbImportException(line + "clicks (" + clicks + ") exceed impressions (" + impressions + ").");
        }
        return new AbResult(campaignId, variant, generation.get().style(), channel, start, end, impressions, clicks, conversions, clock.instant());
    }

    private static long number(CSVRecord record, String column, String line) {
        try {
            var value = Long.parseLong(record.get(column));
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new AbImportException(line + column + " must be a whole number of 0 or more, not “"
                    + record.get(column) + "”.");
        }
    }

    private static LocalDate date(CSVRecord record, String column, String line) {
        try {
            return LocalDate.parse(record.get(column));
        } catch (DateTimeParseException e) {
            throw new AbImportException(line + column + " must be a date like 2026-11-30, not “" + record.get(column) + "”.");
        }
    }

    /** Each variant's totals and statistics; {@code controlId} null means the first variant is the control. */
    public List<VariantResult> results(long campaignId, @Nullable Long controlId) {
        var totals = results.totalsByVariant(campaignId).stream().map(r -> new long[] {((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue()}).toList();
        if (totals.isEmpty()) {
            return List.of();
        }
        var control = totals.stream().filter(t -> controlId != null && t[0] == controlId).findFirst()
                .orElse(totals.getFirst());
        var winner = totals.stream().filter(t -> t != control)
                .filter(t -> AbStatistics.compare(control[2], control[1], t[2], t[1]).significant())
                .filter(t -> (double) t[2] / t[1] > (double) control[2] / control[1])
                .max(Comparator.comparingDouble(t -> (double) t[2] / t[1])).orElse(null);
        return totals.stream().map(t -> new VariantResult(t[0], t[1], t[2], t[3], AbStatistics.rate(t[2], t[1]),
                AbStatistics.rate(t[3], t[2]), t == control,
                t == control ? null : AbStatistics.compare(control[2], control[1], t[2], t[1]), t == winner)).toList();
    }
}
