package dev.clapboard.finance;

import dev.clapboard.base.Money;
import dev.clapboard.campaign.CampaignNotFoundException;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CampaignSpend;
import dev.clapboard.campaign.CampaignSummary;
import dev.clapboard.finance.domain.LedgerEntryRepository;
import dev.clapboard.review.ReviewService;
import dev.clapboard.workspace.WorkspaceSettingsService;
import java.math.BigDecimal;
import java.time.Instant;
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
 * by workspace, campaign, kind and week); no report loads ledger rows into Java. Rounding: half-even to the
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

    RoiService(CampaignService campaigns, LedgerEntryRepository ledger, CampaignSpend spend, ReviewService reviews,
            WorkspaceSettingsService settings) {
        this.campaigns = campaigns;
        this.ledger = ledger;
        this.spend = spend;
        this.reviews = reviews;
        this.settings = settings;
    }

    /** The campaigns a report can be opened for, as the campaigns list pages them. */
    public Page<CampaignSummary> campaigns(Pageable pageable) {
        return campaigns.list(pageable);
    }

    /**
     * The workspace's campaigns together. Spend is one aggregate query grouped by campaign; baselines are
     * summed over the campaign list, paged by 100 (a workspace has tens of campaigns, not millions).
     */
    public Portfolio portfolio() {
        var spendByCampaign = ledger.spendByCampaign().stream().collect(java.util.stream.Collectors.toMap(
                r -> ((Number) r[0]).longValue(), r -> (BigDecimal) r[1]));
        var baseline = BigDecimal.ZERO;
        var total = BigDecimal.ZERO;
        var count = 0;
        var approved = 0;
        var page = campaigns.list(org.springframework.data.domain.PageRequest.of(0, 100));
        while (true) {
            for (var campaign : page) {
                baseline = baseline.add(campaign.baselineCost().amount());
                total = total.add(spendByCampaign.getOrDefault(campaign.id(), BigDecimal.ZERO));
                approved += campaign.approvedVideos();
                count++;
            }
            if (!page.hasNext()) {
                break;
            }
            page = campaigns.list(page.nextPageable());
        }
        var savings = baseline.subtract(total);
        return new Portfolio(count, euros(total), euros(baseline), euros(savings), percent(savings, baseline), approved);
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
                memberShares(ledger.spendByMember(campaignId)), shares(ledger.spendByWeek(campaignId)));
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
