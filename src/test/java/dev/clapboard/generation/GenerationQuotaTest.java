package dev.clapboard.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clapboard.campaign.CampaignService;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.security.ClapboardUser;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import dev.clapboard.workspace.MemberQuotas;
import dev.clapboard.workspace.MemberService;
import dev.clapboard.workspace.QuotaService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.annotation.DirtiesContext;

/** Generations draw on the member's monthly quota: held on request, used on success, given back otherwise. */
@ClapboardTest
@DirtiesContext
class GenerationQuotaTest {

    @Autowired
    GenerationService generations;
    @Autowired
    CampaignService campaigns;
    @Autowired
    QuotaService quota;
    @Autowired
    MemberService members;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_request_beyond_the_members_quota_is_refused_naming_the_quota_and_nothing_is_queued() {
        var creator = (ClapboardUser) signIn.as(DemoLogins.CREATOR).getPrincipal();
        signIn.as(DemoLogins.ADMIN);
        members.setQuotas(creator.accountId(), new MemberQuotas(5, 20, new BigDecimal("100")));
        signIn.as(DemoLogins.CREATOR);
        var campaignId = campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id();
        var before = generations.page(campaignId, Set.of(), PageRequest.of(0, 1)).getTotalElements();

        assertThatThrownBy(() -> generations.request(order(campaignId, 3, 8)))
                .isInstanceOf(GenerationRefusedException.class).hasMessageContaining("your monthly quota");

        assertThat(generations.page(campaignId, Set.of(), PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
        assertThat(quota.remaining().member().reservedSeconds()).isZero();
    }

    @Test
    void a_cancelled_generation_gives_its_quota_back() throws Exception {
        signIn.as(DemoLogins.CREATOR);
        var campaignId = campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id();
        var usedBefore = quota.remaining().member().usedSeconds();
        var id = generations.request(order(campaignId, 1, 12)).getFirst().id();

        generations.cancel(id);

        assertThat(quota.remaining().member().reservedSeconds()).isZero();
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline) && generations.find(id).orElseThrow().status() != GenerationStatus.CANCELLED) {
            Thread.sleep(100);
        }
        assertThat(quota.remaining().member().usedSeconds()).isEqualTo(usedBefore);
    }

    private static GenerationOrder order(long campaignId, int variants, int seconds) {
        return new GenerationOrder(campaignId, null, null, "A 45-year-old managing director explains the dashboard",
                "Shot", "local", "storyboard-1", new VideoSize(640, 360), seconds, variants, "cinematic");
    }
}
