package dev.clapboard.finance;

import dev.clapboard.campaign.CampaignService;
import dev.clapboard.finance.domain.AbControl;
import dev.clapboard.finance.domain.AbControlRepository;
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
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A/B results of a campaign's variants: import from CSV (all rows or none) or one row typed in, checked
 * alike, and the per-variant statistics against the campaign's control (a variant or a static asset).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('MANAGER')")
public class AbResultsService {

    /** The CSV columns, in this order, with a header line. */
    public static final List<String> COLUMNS = List.of("variant", "channel", "period_start", "period_end",
            "impressions", "clicks", "conversions");

    /** Larger pastes are refused before parsing; a year of daily rows for 20 variants is well under this. */
    public static final int MAX_CSV_CHARS = 1_000_000;
    public static final int MAX_ROWS = 10_000;
    /** Far above any real campaign, and low enough that sums of many rows cannot overflow. */
    public static final long MAX_COUNT = 1_000_000_000_000L;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private final AbResultRepository results;
    private final AbControlRepository controls;
    private final GenerationService generations;
    private final CampaignService campaigns;
    private final Clock clock;

    AbResultsService(AbResultRepository results, AbControlRepository controls, GenerationService generations,
            CampaignService campaigns, Clock clock) {
        this.results = results;
        this.controls = controls;
        this.campaigns = campaigns;
        this.generations = generations;
        this.clock = clock;
    }

    /**
     * Imports rows of {@link #COLUMNS}; {@code variant} is a generation id of this campaign, or {@code control}
     * for the figures of the campaign's static control asset. Each row is checked as {@link #enter} checks one.
     *
     * @return how many rows were imported
     * @throws AbImportException naming the first bad line; then nothing is imported
     */
    @Transactional
    public int importCsv(long campaignId, String csv) {
        if (csv.length() > MAX_CSV_CHARS) {
            throw new AbImportException("The file is larger than 1 MB; split it into several imports of at most "
                    + String.format("%,d", MAX_ROWS) + " rows.");
        }
        // Excel's "CSV UTF-8" starts with a byte order mark, which is not part of the first column's name
        csv = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        var rows = new ArrayList<AbResult>();
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (var parser = format.parse(new StringReader(csv))) {
            if (!parser.getHeaderNames().equals(COLUMNS)) {
                throw new AbImportException("Line 1: the header must be " + String.join(",", COLUMNS) + ".");
            }
            for (var record : parser) {
                var line = "Line " + (record.getRecordNumber() + 1) + ": ";
                if (rows.size() == MAX_ROWS) {
                    throw new AbImportException(line + "the file has more than " + String.format("%,d", MAX_ROWS)
                            + " rows; split it into several imports.");
                }
                try {
                    rows.add(checked(campaignId, entry(record)));
                } catch (AbEntryException e) {
                    throw new AbImportException(line + e.getMessage());
                }
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

    /**
     * Saves one row of figures entered by hand.
     *
     * @throws AbEntryException naming the field and the problem; then nothing is saved
     */
    @Transactional
    public void enter(long campaignId, AbEntry entry) {
        results.saveAll(List.of(checked(campaignId, entry)));
    }

    /** The variants (succeeded generations) of the campaign, newest first, that figures can be entered for. */
    public List<Long> variants(long campaignId) {
        return generations.page(campaignId, java.util.Set.of(dev.clapboard.generation.GenerationStatus.SUCCEEDED),
                org.springframework.data.domain.PageRequest.of(0, 200)).stream().map(g -> g.id()).toList();
    }

    public AbControlChoice control(long campaignId) {
        return controls.findByCampaignId(campaignId)
                .map(c -> new AbControlChoice(c.getGenerationId(), c.getStaticLabel()))
                .orElse(AbControlChoice.FIRST_VARIANT);
    }

    /** Compares the campaign's variants with one of them. */
    @Transactional
    public void useVariantAsControl(long campaignId, long generationId) {
        if (generations.find(generationId).filter(g -> g.campaignId() == campaignId).isEmpty()) {
            throw new AbEntryException("control", "Variant " + generationId + " is not a generation of this campaign.");
        }
        choose(campaignId, control -> control.useVariant(generationId));
    }

    /** Compares the campaign's variants with a static asset, whose figures are rows with variant {@code control}. */
    @Transactional
    public void useStaticControl(long campaignId, String label) {
        var name = label.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new AbEntryException("control", "Name the static asset (1 to 100 characters).");
        }
        choose(campaignId, control -> control.useStaticAsset(name));
    }

    private void choose(long campaignId, java.util.function.Consumer<AbControl> choice) {
        if (campaigns.find(campaignId).isEmpty()) {
            throw new AbEntryException("control", "That campaign does not exist in this workspace.");
        }
        var control = controls.findByCampaignId(campaignId).orElseGet(() -> new AbControl(campaignId));
        choice.accept(control);
        controls.save(control);
    }

    private static AbEntry entry(CSVRecord record) {
        if (record.size() != COLUMNS.size()) {
            throw new AbEntryException("variant", "expected " + COLUMNS.size() + " values, found " + record.size() + ".");
        }
        var variant = record.get("variant");
        return new AbEntry(variant.equalsIgnoreCase("control") ? null : number(record, "variant"), record.get("channel"),
                date(record, "period_start"), date(record, "period_end"), number(record, "impressions"),
                number(record, "clicks"), number(record, "conversions"));
    }

    /** The checks every row passes, typed in or imported; the messages are the same in both. */
    private AbResult checked(long campaignId, AbEntry entry) {
        String style = null;
        if (entry.variant() == null) {
            if (!control(campaignId).isStatic()) {
                throw new AbEntryException("variant", "this campaign's control is not a static asset; choose one first.");
            }
        } else {
            var generation = generations.find(entry.variant()).filter(g -> g.campaignId() == campaignId);
            if (generation.isEmpty()) {
                throw new AbEntryException("variant", "variant " + entry.variant() + " is not a generation of this campaign.");
            }
            style = generation.get().style();
        }
        var channel = entry.channel().strip();
        if (channel.isEmpty() || channel.length() > 60) {
            throw new AbEntryException("channel", "channel must be 1 to 60 characters.");
        }
        if ("=+-@".indexOf(channel.charAt(0)) >= 0) {
            throw new AbEntryException("channel", "channel must not start with =, +, - or @ (a spreadsheet would run "
                    + "it as a formula).");
        }
        if (channel.indexOf('\uFFFD') >= 0 || channel.chars().anyMatch(Character::isISOControl)) {
            throw new AbEntryException("channel", "channel holds characters that could not be read; save the file "
                    + "as UTF-8 and import it again.");
        }
        var start = required(entry.periodStart(), "period_start");
        var end = required(entry.periodEnd(), "period_end");
        for (var date : List.of(java.util.Map.entry("period_start", start), java.util.Map.entry("period_end", end))) {
            if (date.getValue().isBefore(EARLIEST) || date.getValue().isAfter(LATEST)) {
                throw new AbEntryException(date.getKey(), date.getKey() + " must be between " + EARLIEST + " and "
                        + LATEST + ", not " + date.getValue() + ".");
            }
        }
        if (end.isBefore(start)) {
            throw new AbEntryException("period_end", "period_end is before period_start.");
        }
        var impressions = count(entry.impressions(), "impressions");
        var clicks = count(entry.clicks(), "clicks");
        var conversions = count(entry.conversions(), "conversions");
        if (clicks > impressions) {
            throw new AbEntryException("clicks", "clicks (" + clicks + ") exceed impressions (" + impressions + ").");
        }
        return new AbResult(campaignId, entry.variant(), style, channel, start, end, impressions, clicks, conversions,
                clock.instant());
    }

    private static <T> T required(@Nullable T value, String column) {
        if (value == null) {
            throw new AbEntryException(column, column + " is missing.");
        }
        return value;
    }

    private static long count(@Nullable Long value, String column) {
        if (required(value, column) < 0 || value > MAX_COUNT) {
            throw new AbEntryException(column, column + " must be a whole number from 0 to 1,000,000,000,000, not “"
                    + value + "”.");
        }
        return value;
    }

    private static long number(CSVRecord record, String column) {
        try {
            var value = Long.parseLong(record.get(column));
            if (value < 0 || value > MAX_COUNT) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new AbEntryException(column, column + " must be a whole number from 0 to 1,000,000,000,000, not “"
                    + abbreviated(record.get(column)) + "”.");
        }
    }

    private static LocalDate date(CSVRecord record, String column) {
        try {
            return LocalDate.parse(record.get(column));
        } catch (DateTimeParseException e) {
            throw new AbEntryException(column, column + " must be a date like 2026-11-30, not “"
                    + abbreviated(record.get(column)) + "”.");
        }
    }

    /** A bad value quoted in a message, cut short so a 100,000-character cell does not become the message. */
    private static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    /**
     * Each variant's totals and statistics against the campaign's control: the chosen variant or static asset,
     * or (none chosen) the first variant with results. A chosen control without figures yet compares nothing.
     */
    public List<VariantResult> results(long campaignId) {
        var choice = control(campaignId);
        var totals = results.totalsByVariant(campaignId).stream().map(r -> new Totals(
                r[0] == null ? null : ((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue()))
                // the static asset first: databases disagree on where null sorts
                .sorted(Comparator.comparing(Totals::generationId, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        if (totals.isEmpty()) {
            return List.of();
        }
        var control = choice.isStatic() ? totals.stream().filter(t -> t.generationId() == null).findFirst().orElse(null)
                : choice.generationId() != null
                        ? totals.stream().filter(t -> choice.generationId().equals(t.generationId())).findFirst().orElse(null)
                        : totals.getFirst();
        var winner = control == null ? null : totals.stream().filter(t -> t != control)
                .filter(t -> AbStatistics.compare(control.clicks(), control.impressions(), t.clicks(), t.impressions())
                        .significant())
                .filter(t -> t.ctr() > control.ctr())
                .max(Comparator.comparingDouble(Totals::ctr)).orElse(null);
        return totals.stream().map(t -> new VariantResult(t.generationId(),
                t.generationId() == null ? Objects.requireNonNullElse(choice.staticLabel(), "Static asset") : "#" + t.generationId(),
                t.impressions(), t.clicks(), t.conversions(), AbStatistics.rate(t.clicks(), t.impressions()),
                AbStatistics.rate(t.conversions(), t.clicks()), t == control,
                control == null || t == control ? null
                        : AbStatistics.compare(control.clicks(), control.impressions(), t.clicks(), t.impressions()),
                t == winner)).toList();
    }

    /**
     * One video's line of its campaign's results, for the compare view, where reviewers pick a winner: they see the
     * rates of the videos they compare, not the campaign's whole test (that stays with managers).
     */
    @PreAuthorize("hasRole('REVIEWER')")
    public Optional<VariantResult> resultOf(long campaignId, long generationId) {
        return results(campaignId).stream().filter(r -> Objects.equals(r.generationId(), generationId)).findFirst();
    }

    private record Totals(@Nullable Long generationId, long impressions, long clicks, long conversions) {
        double ctr() {
            return impressions == 0 ? 0 : (double) clicks / impressions;
        }
    }
}
