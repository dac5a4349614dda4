package dev.clapboard.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clapboard.base.Money;
import dev.clapboard.campaign.CampaignDraft;
import dev.clapboard.campaign.CampaignNotFoundException;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CampaignStatus;
import dev.clapboard.campaign.Campaigns;
import dev.clapboard.generation.GenerationCost;
import dev.clapboard.security.ClapboardUser;
import dev.clapboard.security.SystemActor;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The ROI report of a fixture campaign matches numbers worked out by hand (half-even, 2 decimals). */
@ClapboardTest
class RoiReportTest {

    static final BigDecimal RATE = new BigDecimal("0.920000");

    @Autowired
    RoiService roi;
    @Autowired
    ReportExports exports;
    @Autowired
    CostLedger ledger;
    @Autowired
    LedgerBookings bookings;
    @Autowired
    CampaignService campaignService;
    @Autowired
    Campaigns campaigns;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    SignIn signIn;

    /** Generation ids are unique across the shared context, as real ones are. */
    static final java.util.concurrent.atomic.AtomicLong GENERATION_IDS = new java.util.concurrent.atomic.AtomicLong(3_000_000);

    long campaignId;

    @BeforeEach
    void fixture() {
        var manager = (ClapboardUser) signIn.as(DemoLogins.MANAGER).getPrincipal();
        campaignId = campaignService.create(new CampaignDraft("ROI fixture", "Northwind Analytics", null, List.of(),
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 20), Money.euros(1_000), Money.euros(20_000), 15, 5,
                CampaignStatus.ACTIVE)).id();
        var member = manager.accountId();
        var g1 = usd("sora-2", 10, "4.00");
        var g2 = usd("sora-2-pro", 8, "12.00");
        var g3 = new GenerationCost(GENERATION_IDS.incrementAndGet(), "local", "storyboard", 12, Money.zero("EUR"), Money.zero("EUR"),
                BigDecimal.ONE);
        var g4 = usd("sora-2", 10, "4.00");
        var g5 = usd("sora-2", 10, "4.00");
        SystemActor.runInWorkspace(manager.workspaceId(), () -> {
            for (var cost : List.of(g1, g2, g3, g4, g5)) {
                bookings.reserve(campaignId, member, cost);
            }
            bookings.charge(campaignId, member, g1);
            bookings.charge(campaignId, member, g2);
            bookings.charge(campaignId, member, g3);
            bookings.release(campaignId, member, g4); // failed; g5 is still running
        });
        ledger.record(new ManualCost(campaignId, "Staff hours", "2 h editing × 150 EUR", Money.euros(300), BigDecimal.ONE));
        ledger.record(new ManualCost(campaignId, "Stock music", "licence", Money.of("100", "USD"), RATE));
    }

    @AfterEach
    void clean() {
        signIn.as(DemoLogins.MANAGER);
        campaigns.removeTestCampaigns();
        SignIn.out();
    }

    private static GenerationCost usd(String model, int seconds, String usd) {
        var price = Money.of(usd, "USD");
        return new GenerationCost(GENERATION_IDS.incrementAndGet(), "gateway", model, seconds, price,
                new Money(price.amount().multiply(RATE), Money.EUR), RATE);
    }

    @Test
    void the_report_matches_the_hand_computed_figures() {
        var report = roi.report(campaignId);

        // charged 3.68 + 11.04 + 0.00, open reservation 3.68, manual 300.00 + 92.00
        assertThat(report.charged()).isEqualTo(Money.of("14.72", "EUR"));
        assertThat(report.reserved()).isEqualTo(Money.of("3.68", "EUR"));
        assertThat(report.manual()).isEqualTo(Money.of("392.00", "EUR"));
        assertThat(report.spend()).isEqualTo(Money.of("410.40", "EUR"));
        assertThat(report.remaining()).isEqualTo(Money.of("589.60", "EUR"));
        assertThat(report.budgetUsedPercent()).isEqualByComparingTo("41.04");
        // 20 000 − 410.40 = 19 589.60, which is 97.948 % → 97.95
        assertThat(report.savings()).isEqualTo(Money.of("19589.60", "EUR"));
        assertThat(report.savingsPercent()).isEqualByComparingTo("97.95");
        assertThat(report.generationsRequested()).isEqualTo(5);
        assertThat(report.generatedVideos()).isEqualTo(3);
        assertThat(report.generatedSeconds()).isEqualTo(30);
        // 14.72 / 30 s = 0.4907 → 0.49; 14.72 / 3 = 4.9067 → 4.91
        assertThat(report.costPerGeneratedSecond()).isEqualTo(Money.of("0.49", "EUR"));
        assertThat(report.costPerGeneration()).isEqualTo(Money.of("4.91", "EUR"));
        assertThat(report.approvedVideos()).isZero();
        assertThat(report.costPerApprovedVideo()).isNull();
        assertThat(report.generationsPerApprovedVideo()).isNull();
        assertThat(report.daysToFirstApproval()).isNull();
        assertThat(report.baselineLeadTimeDays()).isEqualTo(15);
        assertThat(report.firstRequestAt()).isNotNull();
    }

    @Test
    void spend_is_broken_down_by_provider_model_member_and_week() {
        var report = roi.report(campaignId);

        assertThat(report.byProvider()).extracting(RoiReport.SpendShare::label, s -> s.euros().amount().toPlainString(),
                RoiReport.SpendShare::generations, RoiReport.SpendShare::seconds).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("gateway", "18.40", 3L, 28L),
                        org.assertj.core.groups.Tuple.tuple("local", "0.00", 1L, 12L));
        assertThat(report.byModel()).extracting(RoiReport.SpendShare::label, s -> s.euros().amount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sora-2-pro", "11.04"),
                        org.assertj.core.groups.Tuple.tuple("sora-2", "7.36"),
                        org.assertj.core.groups.Tuple.tuple("storyboard", "0.00"));
        assertThat(report.byMember()).singleElement().satisfies(s -> {
            assertThat(s.euros()).isEqualTo(Money.of("18.40", "EUR"));
            assertThat(s.generations()).isEqualTo(4);
        });
        assertThat(report.byWeek()).singleElement().satisfies(s -> {
            assertThat(s.euros()).isEqualTo(Money.of("410.40", "EUR"));
            assertThat(s.label()).isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC)
                    .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).toString());
        });
    }

    @Test
    void the_portfolio_adds_up_the_campaigns_archived_ones_included() {
        var page = org.springframework.data.domain.PageRequest.of(0, 100);
        var listed = java.util.stream.Stream.concat(campaignService.list(page).stream(), campaignService.list(
                new dev.clapboard.campaign.CampaignFilter("", CampaignStatus.ARCHIVED), page).stream()).toList();

        var portfolio = roi.portfolio();

        assertThat(portfolio.campaigns()).isEqualTo(listed.size());
        assertThat(portfolio.spend().amount()).isEqualByComparingTo(listed.stream().map(c -> c.spend().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(portfolio.baselineCost().amount()).isEqualByComparingTo(listed.stream()
                .map(c -> c.baselineCost().amount()).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(portfolio.savings().amount()).isEqualByComparingTo(
                portfolio.baselineCost().amount().subtract(portfolio.spend().amount()));
    }

    @Test
    void the_campaigns_spend_comes_from_the_ledger() {
        assertThat(campaignService.find(campaignId).orElseThrow().spend()).isEqualTo(Money.of("410.40", "EUR"));
    }

    @Test
    void creators_and_reviewers_cannot_read_reports_or_the_ledger() {
        signIn.as(DemoLogins.CREATOR);
        assertThatThrownBy(() -> roi.report(campaignId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledger.record(new ManualCost(campaignId, "Other", "", Money.euros(1), BigDecimal.ONE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roi.portfolio(null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.campaignsIn(null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.portfolioPdfInBackground(List.of(campaignId), (done, of) -> { }))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoLogins.REVIEWER);
        assertThatThrownBy(() -> roi.report(campaignId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_manager_of_another_workspace_cannot_read_this_campaigns_report() {
        var other = secondWorkspace.create("Contoso ROI", "roi-manager@contoso.example", "MANAGER", "Contoso launch");
        signIn.as(other.memberEmail(), SecondWorkspace.PASSWORD);

        assertThatThrownBy(() -> roi.report(campaignId)).isInstanceOf(CampaignNotFoundException.class);
        assertThat(roi.report(other.campaignId()).spend()).isEqualTo(Money.zero("EUR"));
        // the portfolio and its export see only the signed-in member's workspace
        assertThat(roi.portfolio().campaigns()).isEqualTo(1);
        assertThat(exports.campaignsIn(null, null)).containsExactly(other.campaignId());
    }

    @Test
    void a_manual_cost_without_an_amount_is_refused_and_nothing_is_booked() {
        assertThatThrownBy(() -> ledger.record(new ManualCost(campaignId, "Other", "x", Money.euros(0), BigDecimal.ONE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Enter an amount above zero.");
        assertThat(ledger.spentOn(campaignId)).isEqualTo(Money.of("410.40", "EUR"));
    }
}
