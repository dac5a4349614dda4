package dev.clapboard.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.clapboard.base.Money;
import dev.clapboard.campaign.CampaignDraft;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CampaignStatus;
import dev.clapboard.finance.domain.BudgetAlert;
import dev.clapboard.finance.domain.BudgetAlertRepository;
import dev.clapboard.finance.domain.BudgetOverrideRepository;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationRefusedException;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.provider.JobStatus;
import dev.clapboard.generation.provider.ModelSpec;
import dev.clapboard.generation.provider.OutputVariant;
import dev.clapboard.generation.provider.PriceTable;
import dev.clapboard.generation.provider.VideoProvider;
import dev.clapboard.generation.provider.VideoRequest;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.security.ClapboardUser;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Generations book the ledger through their events, the budget's hard cap refuses what would go over it,
 * a manager's override lets one request through and is audited, and each threshold alerts once.
 */
@ClapboardTest
@DirtiesContext
@Import(BudgetCapTest.Priced.class)
class BudgetCapTest {

    /** A provider at 0.50 USD a second whose jobs never finish: 8 s cost 4.00 USD = 3.68 EUR at 0.92. */
    @TestConfiguration
    static class Priced {
        @Bean
        VideoProvider pricedProvider() {
            return new VideoProvider() {
                final AtomicInteger jobs = new AtomicInteger();

                @Override
                public String id() {
                    return "priced";
                }

                @Override
                public String displayName() {
                    return "Priced test provider";
                }

                @Override
                public List<ModelSpec> models() {
                    return List.of(new ModelSpec("m1", "Model 1", List.of(new VideoSize(1280, 720)), List.of(8), true,
                            false, false));
                }

                @Override
                public PriceTable prices() {
                    return new PriceTable("USD", List.of(new PriceTable.Price("m1", null, new BigDecimal("0.50"))));
                }

                @Override
                public String submit(VideoRequest request) {
                    return "job-" + jobs.incrementAndGet();
                }

                @Override
                public JobStatus status(String jobId) {
                    return JobStatus.running(50);
                }

                @Override
                public void download(String jobId, OutputVariant variant, Path target) {
                    throw new UnsupportedOperationException("jobs of this provider never finish");
                }
            };
        }
    }

    @Autowired
    GenerationService generations;
    @Autowired
    CampaignService campaigns;
    @Autowired
    CostLedger ledger;
    @Autowired
    BudgetOverrideRepository overrides;
    @Autowired
    BudgetAlertRepository alerts;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void requests_are_booked_capped_at_the_budget_overridden_by_a_manager_and_released_on_cancel() {
        var manager = (ClapboardUser) signIn.as(DemoLogins.MANAGER).getPrincipal();
        var campaignId = campaigns.create(new CampaignDraft("Budget cap", "Northwind Analytics", null, List.of(),
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 20), Money.euros(10), Money.euros(20_000), 15, 5,
                CampaignStatus.ACTIVE)).id();

        signIn.as(DemoLogins.CREATOR);
        var first = generations.request(order(campaignId, 2));
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> ledger.spentOn(campaignId).equals(Money.of("7.36", "EUR")));

        assertThatThrownBy(() -> generations.request(order(campaignId, 1)))
                .isInstanceOf(GenerationRefusedException.class)
                .hasMessage("This request is estimated at €3.68 but campaign “Budget cap” has €2.64 left of its "
                        + "€10.00 budget (€7.36 spent or reserved). A manager can let one request go over the budget.");
        assertThat(generations.page(campaignId, java.util.Set.of(), PageRequest.of(0, 10)).getTotalElements())
                .isEqualTo(2);
        assertThatThrownBy(() -> generations.requestWithBudgetOverride(order(campaignId, 1), "Launch event"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(overrides.findByCampaignIdOrderByGrantedAtDesc(campaignId)).isEmpty();

        signIn.as(DemoLogins.MANAGER);
        generations.requestWithBudgetOverride(order(campaignId, 1), "Launch event");
        assertThat(overrides.findByCampaignIdOrderByGrantedAtDesc(campaignId)).singleElement().satisfies(o -> {
            assertThat(o.getGrantedBy()).isEqualTo(manager.accountId());
            assertThat(o.getReason()).isEqualTo("Launch event");
            assertThat(o.getEstimateEur()).isEqualByComparingTo("3.68");
            assertThat(o.getRemainingEur()).isEqualByComparingTo("2.64");
        });
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> ledger.spentOn(campaignId).equals(Money.of("11.04", "EUR")));
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> alerts.findByCampaignIdOrderByThreshold(campaignId).size() == 3);
        assertThat(alerts.findByCampaignIdOrderByThreshold(campaignId)).extracting(BudgetAlert::getThreshold)
                .containsExactly(50, 80, 100);

        generations.cancel(first.getFirst().id());
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> ledger.spentOn(campaignId).equals(Money.of("7.36", "EUR")));
        assertThat(ledger.entries(campaignId, PageRequest.of(0, 1)).getContent()).singleElement()
                .satisfies(line -> {
                    assertThat(line.kind()).isEqualTo(LedgerKind.RELEASE);
                    assertThat(line.providerAmount()).isEqualTo(Money.of("4.00", "USD"));
                    assertThat(line.exchangeRate()).isEqualByComparingTo("0.92");
                });
        assertThat(alerts.findByCampaignIdOrderByThreshold(campaignId)).hasSize(3);
    }

    @Test
    void an_override_needs_a_reason() {
        signIn.as(DemoLogins.MANAGER);
        var campaignId = campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id();

        assertThatThrownBy(() -> generations.requestWithBudgetOverride(order(campaignId, 1), " "))
                .isInstanceOf(GenerationRefusedException.class).hasMessage("Say why this request may go over the budget.");
    }

    private static GenerationOrder order(long campaignId, int variants) {
        return new GenerationOrder(campaignId, null, null, "A product shot of a dashboard on a monitor", "Shot",
                "priced", "m1", new VideoSize(1280, 720), 8, variants, "photorealistic");
    }
}
