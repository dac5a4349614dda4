package dev.clapboard.finance;

import dev.clapboard.base.Money;
import dev.clapboard.campaign.CampaignNotFoundException;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CampaignSpend;
import dev.clapboard.campaign.CampaignSummary;
import dev.clapboard.campaign.CampaignBaseline;
import dev.clapboard.finance.domain.AbResultRepository;
import dev.clapboard.finance.domain.LedgerDailyRepository;
import dev.clapboard.finance.domain.LedgerEntryRepository;
import dev.clapboard.review.ReviewService;
import dev.clapboard.workspace.WorkspaceSettingsService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import java.time.temporal.ChronoUnit;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ROI reports for managers and admins. Every figure comes from aggregate queries over the ledger (indexed
 * by workspace, campaign, kind and week) or, for spend by week, its daily rollup; no report loads ledger rows
 * into Java. Rounding: half-even to the
 * cent for money and to 2 decimals for ratios.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('MANAGER')")
public class RoiService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CampaignService campaigns;
    private final LedgerEntryRepository ledger;
    private final CampaignSpend spend;
    private final ReviewService reviews;
    private final WorkspaceSettingsService settings;
    private final AbResultRepository abResults;
    private final LedgerDailyRepository daily;

    RoiService(CampaignService campaigns, LedgerEntryRepository ledger, CampaignSpend spend, ReviewService reviews,
            WorkspaceSettingsService settings, AbResultRepository abResults, LedgerDailyRepository daily) {
        this.campaigns = campaigns;
        this.daily = daily;
        this.abResults = abResults;
        this.ledger = ledger;
        this.spend = spend;
        this.reviews = reviews;
        this.settings = settings;
    }

    /** The campaigns a report can be opened for, as the campaigns list pages them. */
    public Page<CampaignSummary> campaigns(Pageable pageable) {
        return campaigns.list(pageable);
    }

    /** Every campaign of the workspace, whatever its dates. */
    public Portfolio portfolio() {
        return portfolio(null, null);
    }

    /**
     * The campaigns running in the period together. Each figure is one aggregate query grouped by campaign
     * (spend, first requests, approvals) or by style (A/B results); only those per-campaign rows meet in Java.
     */
    public Portfolio portfolio(@Nullable LocalDate from, @Nullable LocalDate to) {
        var selected = campaigns.baselines(from, to);
        var ids = selected.stream().map(CampaignBaseline::id).collect(Collectors.toSet());
        var spendByCampaign = ledger.spendByCampaign().stream().collect(Collectors.toMap(
                r -> ((Number) r[0]).longValue(), r -> (BigDecimal) r[1]));
        var firstRequests = ledger.firstRequestByCampaign().stream().collect(Collectors.toMap(
                r -> ((Number) r[0]).longValue(), r -> (Instant) r[1]));
        var baseline = BigDecimal.ZERO;
        var total = BigDecimal.ZERO;
        for (var campaign : selected) {
            baseline = baseline.add(campaign.baselineCost().amount());
            total = total.add(spendByCampaign.getOrDefault(campaign.id(), BigDecimal.ZERO));
        }
        var approved = 0;
        var days = new ArrayList<Long>();
        for (var approvals : reviews.approvalsByCampaign()) {
            if (ids.contains(approvals.campaignId())) {
                approved += approvals.approvedVideos();
                var spanned = daysSpanned(firstRequests.get(approvals.campaignId()), approvals.firstApprovalAt());
                if (spanned != null) {
                    days.add(spanned);
                }
            }
        }
        var averageDays = days.isEmpty() ? null : BigDecimal.valueOf(days.stream().mapToLong(Long::longValue).sum())
                .divide(BigDecimal.valueOf(days.size()), 2, RoundingMode.HALF_EVEN);
        var savings = baseline.subtract(total);
        return new Portfolio(from, to, selected.size(), euros(total), euros(baseline), euros(savings),
                percent(savings, baseline), approved, averageDays, ids.isEmpty() ? List.of() : bestStyles(ids));
    }

    /** The styles by conversion rate (conversions per click), then clicks; at most five. */
    private List<Portfolio.StyleConversion> bestStyles(Set<Long> campaignIds) {
        return abResults.totalsByStyle(campaignIds).stream().map(r -> {
            var clicks = ((Number) r[2]).longValue();
            var conversions = ((Number) r[3]).longValue();
            return new Portfolio.StyleConversion((String) r[0], ((Number) r[1]).longValue(), clicks, conversions,
                    AbStatistics.rate(conversions, clicks));
        }).sorted(Comparator.comparingDouble((Portfolio.StyleConversion s) -> s.conversion().value()).reversed()
                .thenComparing(Comparator.comparingLong(Portfolio.StyleConversion::clicks).reversed())
                .thenComparing(Portfolio.StyleConversion::style)).limit(5).toList();
    }

    public RoiReport report(long campaignId) {
        var campaign = campaigns.find(campaignId).orElseThrow(() -> new CampaignNotFoundException(campaignId));
        var total = ledger.spend(campaignId);
        var charged = tally(campaignId, LedgerKind.ACTUAL);
        var manual = ledger.total(campaignId, LedgerKind.MANUAL);
        var reserved = total.subtract(charged.euros()).subtract(manual);
        var requested = tally(campaignId, LedgerKind.RESERVATION).count();
        var budget = campaign.budget().amount();
        var baseline = campaign.baselineCost().amount();
        var savings = baseline.subtract(total);
        var approved = spend.approvedVideos(campaignId);
        var firstRequest = ledger.firstRequest(campaignId);
        var firstApproval = reviews.firstApprovalAt(campaignId).orElse(null);
        return new RoiReport(campaignId, campaign.name(), euros(budget), euros(total), euros(budget.subtract(total)),
                percent(total, budget), euros(charged.euros()), euros(reserved), euros(manual), euros(baseline),
                campaign.baselineVariants(), euros(savings), percent(savings, baseline), firstRequest,
                daysSpanned(firstRequest, firstApproval), campaign.baselineLeadTimeDays(), requested, charged.count(), charged.seconds(),
                perUnit(charged.euros(), charged.seconds()), perUnit(charged.euros(), charged.count()), approved,
                perUnit(total, approved), ratio(BigDecimal.valueOf(requested), approved),
                shares(ledger.spendByProvider(campaignId)), shares(ledger.spendByModel(campaignId)),
                memberShares(ledger.spendByMember(campaignId)), shares(daily.spendByWeek(campaignId)));
    }

    /**
     * Calendar days from the first request to the first approval in the workspace's time zone, counting both:
     * requested and approved on the same day is 1 day. Null until both happened.
     */
    @Nullable Long daysSpanned(@Nullable Instant from, @Nullable Instant to) {
        if (from == null || to == null) {
            return null;
        }
        var zone = settings.timeZone();
        return ChronoUnit.DAYS.between(from.atZone(zone).toLocalDate(), to.atZone(zone).toLocalDate()) + 1;
    }

    private record Tally(long count, long seconds, BigDecimal euros) {
    }

    private Tally tally(long campaignId, LedgerKind kind) {
        var row = ledger.tally(campaignId, kind).getFirst();
        return new Tally(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (BigDecimal) row[2]);
    }

    private static List<RoiReport.SpendShare> shares(List<Object[]> rows) {
        return rows.stream().map(r -> new RoiReport.SpendShare(Objects.toString(r[0], "–"), euros((BigDecimal) r[1]),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
    }

    private static List<RoiReport.SpendShare> memberShares(List<Object[]> rows) {
        return rows.stream().map(r -> new RoiReport.SpendShare("Member #" + r[0], euros((BigDecimal) r[1]),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
    }

    static Money euros(BigDecimal amount) {
        return new Money(amount, Money.EUR);
    }

    static @Nullable BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_EVEN);
    }

    static @Nullable Money perUnit(BigDecimal amount, long units) {
        return units == 0 ? null : euros(amount.divide(BigDecimal.valueOf(units), 2, RoundingMode.HALF_EVEN));
    }

    static @Nullable BigDecimal ratio(BigDecimal amount, long units) {
        return units == 0 ? null : amount.divide(BigDecimal.valueOf(units), 2, RoundingMode.HALF_EVEN);
    }
}
