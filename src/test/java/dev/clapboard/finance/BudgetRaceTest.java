package dev.clapboard.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.base.Money;
import dev.clapboard.campaign.CampaignDraft;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CampaignStatus;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationRefusedException;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.EmbeddedPostgresDatabase;
import dev.clapboard.support.SignIn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The budget cap holds under concurrency on real PostgreSQL: requests that arrive in the same instant pass
 * the cap one at a time, so only as many are accepted as the budget has room for.
 */
@ClapboardTest
@Import(BudgetCapTest.Priced.class)
class BudgetRaceTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }

    @Autowired
    GenerationService generations;
    @Autowired
    CampaignService campaigns;
    @Autowired
    CostLedger ledger;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void of_simultaneous_requests_only_as_many_as_the_budget_holds_are_accepted() throws Exception {
        signIn.as(DemoLogins.MANAGER);
        // 3.68 EUR a request: the budget has room for two, the first round's two requests both fit
        var campaignId = campaigns.create(new CampaignDraft("Budget race", "Northwind Analytics", null, List.of(),
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 20), Money.of("8.00", "EUR"), Money.euros(20_000),
                15, 5, CampaignStatus.ACTIVE)).id();

        for (int round = 1; round <= 3; round++) {
            var outcomes = requestAtOnce(campaignId, 4);
            var accepted = outcomes.stream().filter("accepted"::equals).count();
            assertThat(accepted).as("accepted in round %d", round).isEqualTo(round == 1 ? 2 : 0);
            assertThat(outcomes).filteredOn(o -> !o.equals("accepted"))
                    .allSatisfy(o -> assertThat(o).contains("left of its €8.00 budget"));
        }
        signIn.as(DemoLogins.MANAGER);
        assertThat(ledger.spentOn(campaignId)).isEqualTo(Money.of("7.36", "EUR"));
        assertThat(generations.page(campaignId, Set.of(), PageRequest.of(0, 10)).getTotalElements()).isEqualTo(2);
    }

    @Test
    void when_only_one_request_fits_one_of_two_simultaneous_requests_is_accepted() throws Exception {
        signIn.as(DemoLogins.MANAGER);
        var campaignId = campaigns.create(new CampaignDraft("Budget race for one", "Northwind Analytics", null,
                List.of(), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 20), Money.of("5.00", "EUR"),
                Money.euros(20_000), 15, 5, CampaignStatus.ACTIVE)).id();

        var outcomes = requestAtOnce(campaignId, 2);

        assertThat(outcomes).containsOnlyOnce("accepted");
        assertThat(outcomes).anySatisfy(o -> assertThat(o).startsWith("This request is estimated at €3.68 but campaign "
                + "“Budget race for one” has €1.32 left of its €5.00 budget (€3.68 spent or reserved)."));
        signIn.as(DemoLogins.MANAGER);
        assertThat(ledger.spentOn(campaignId)).isEqualTo(Money.of("3.68", "EUR"));
    }

    /** Each thread signs in as the creator, waits for the others, then requests one variant. */
    private List<String> requestAtOnce(long campaignId, int threads) throws InterruptedException, ExecutionException {
        var start = new CyclicBarrier(threads);
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var tasks = new ArrayList<Callable<String>>();
            for (int i = 0; i < threads; i++) {
                tasks.add(() -> {
                    signIn.as(DemoLogins.CREATOR);
                    try {
                        start.await(10, TimeUnit.SECONDS);
                        generations.request(order(campaignId));
                        return "accepted";
                    } catch (GenerationRefusedException e) {
                        return e.getMessage();
                    } finally {
                        SignIn.out();
                    }
                });
            }
            var outcomes = new ArrayList<String>();
            for (var future : pool.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static GenerationOrder order(long campaignId) {
        return new GenerationOrder(campaignId, null, null, "A product shot of a dashboard on a monitor", "Shot",
                "priced", "m1", new VideoSize(1280, 720), 8, 1, "photorealistic");
    }
}
