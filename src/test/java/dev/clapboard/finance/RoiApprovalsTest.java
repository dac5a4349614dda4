package dev.clapboard.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.base.Money;
import dev.clapboard.campaign.CampaignDraft;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CampaignStatus;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.review.ReviewService;
import dev.clapboard.review.Verdict;
import dev.clapboard.support.AwaitGenerations;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/** The ROI report counts the videos a manager approved in review, and the days it took to the first one. */
@ClapboardTest
@DirtiesContext
class RoiApprovalsTest {

    @Autowired
    RoiService roi;
    @Autowired
    CostLedger ledger;
    @Autowired
    CampaignService campaigns;
    @Autowired
    GenerationService generations;
    @Autowired
    ReviewService reviews;
    @Autowired
    AwaitGenerations await;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void unit_costs_per_approved_video_use_the_approvals_recorded_in_review() throws Exception {
        signIn.as(DemoLogins.MANAGER);
        var campaignId = campaigns.create(new CampaignDraft("Approvals ROI", "Northwind Analytics", null, List.of(),
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 20), Money.euros(1_000), Money.euros(20_000), 15, 5,
                CampaignStatus.ACTIVE)).id();
        signIn.as(DemoLogins.CREATOR);
        var requested = generations.request(new GenerationOrder(campaignId, null, null,
                "A product shot of a dashboard on a monitor", "Shot", "local", "storyboard-1", new VideoSize(640, 360), 4,
                3, "animated"));
        await.allEnded(requested.stream().map(GenerationSummary::id).toList());
        signIn.as(DemoLogins.MANAGER);
        ledger.record(new ManualCost(campaignId, "Staff hours", "2 h editing × 150 EUR", Money.euros(300), BigDecimal.ONE));

        var before = roi.report(campaignId);
        assertThat(before.approvedVideos()).isZero();
        assertThat(before.costPerApprovedVideo()).isNull();
        assertThat(before.daysToFirstApproval()).isNull();

        reviews.decide(requested.getFirst().id(), Verdict.APPROVE, null);
        var report = roi.report(campaignId);

        // 3 free local renders + 300.00 of staff hours; one approved video
        assertThat(report.generationsRequested()).isEqualTo(3);
        assertThat(report.approvedVideos()).isEqualTo(1);
        assertThat(report.costPerApprovedVideo()).isEqualTo(Money.of("300.00", "EUR"));
        assertThat(report.generationsPerApprovedVideo()).isEqualByComparingTo("3.00");
        assertThat(report.daysToFirstApproval()).isEqualTo(1L);

        reviews.decide(requested.get(1).id(), Verdict.APPROVE, null);
        var two = roi.report(campaignId);
        assertThat(two.approvedVideos()).isEqualTo(2);
        assertThat(two.costPerApprovedVideo()).isEqualTo(Money.of("150.00", "EUR"));
        assertThat(two.generationsPerApprovedVideo()).isEqualByComparingTo("1.50");
        assertThat(campaigns.find(campaignId).orElseThrow().approvedVideos()).isEqualTo(2);
    }
}
