package dev.clapboard.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.base.Money;
import dev.clapboard.campaign.Campaigns;
import dev.clapboard.finance.domain.LedgerEntry;
import dev.clapboard.generation.GenerationCost;
import dev.clapboard.security.ClapboardUser;
import dev.clapboard.security.SystemActor;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.EmbeddedPostgresDatabase;
import dev.clapboard.support.SignIn;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The ledger balances to the cent on real PostgreSQL: thousands of random generations, each requested and
 * then charged, failed, cancelled or left open, with events delivered twice and out of order by concurrent
 * threads, leave spend = Σ actual + Σ manual + Σ open reservations.
 */
@ClapboardTest
class LedgerBalanceTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }

    private static final int GENERATIONS = 2_000;

    @Autowired
    LedgerBookings bookings;
    @Autowired
    CostLedger ledger;
    @Autowired
    RoiService roi;
    @Autowired
    Campaigns campaigns;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    enum Outcome { SUCCEED, FAIL, CANCEL, STILL_RUNNING }

    @Test
    void random_request_fail_cancel_succeed_sequences_on_concurrent_threads_balance_to_the_cent() throws Exception {
        var manager = (ClapboardUser) signIn.as(DemoLogins.MANAGER).getPrincipal();
        var campaignId = campaigns.demoCampaignId();
        var workspaceId = manager.workspaceId();
        var random = new Random(20261124);
        var expected = BigDecimal.ZERO;
        var tasks = new ArrayList<Callable<Void>>();
        for (int i = 0; i < GENERATIONS; i++) {
            var cost = randomCost(900_000L + i, random);
            var outcome = Outcome.values()[random.nextInt(Outcome.values().length)];
            expected = expected.add(switch (outcome) {
                case SUCCEED, STILL_RUNNING -> cost.euros().amount();
                case FAIL, CANCEL -> BigDecimal.ZERO;
            });
            var steps = new ArrayList<Runnable>();
            steps.add(() -> bookings.reserve(campaignId, manager.accountId(), cost));
            switch (outcome) {
                case SUCCEED -> steps.add(() -> bookings.charge(campaignId, manager.accountId(), cost));
                case FAIL, CANCEL -> steps.add(() -> bookings.release(campaignId, manager.accountId(), cost));
                case STILL_RUNNING -> { }
            }
            if (random.nextInt(4) == 0) {
                steps.add(steps.get(random.nextInt(steps.size()))); // a duplicate delivery
            }
            if (random.nextInt(5) == 0) {
                Collections.shuffle(steps, random); // the end arrives before the request
            }
            steps.forEach(step -> tasks.add(() -> {
                SystemActor.runInWorkspace(workspaceId, () -> once(step));
                return null;
            }));
            if (i % 100 == 0) {
                var manual = new BigDecimal(random.nextInt(100_000)).movePointLeft(2);
                expected = expected.add(manual);
                tasks.add(() -> {
                    SystemActor.runInWorkspace(workspaceId, () -> bookings.book(new LedgerEntry.Line(campaignId, null,
                            LedgerKind.MANUAL, "Staff hours", "editing", null, null, null, 0, manual, "EUR", manual,
                            BigDecimal.ONE)));
                    return null;
                });
            }
        }
        var pool = Executors.newFixedThreadPool(4);
        try {
            for (var future : pool.invokeAll(tasks)) {
                future.get();
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }

        assertThat(ledger.spentOn(campaignId)).isEqualTo(new Money(expected, Money.EUR));
        // the daily rollup, kept by the same concurrent bookings, says the same
        var spend = new Money(expected, Money.EUR);
        assertThat(roi.report(campaignId).byWeek()).singleElement()
                .satisfies(week -> assertThat(week.euros()).isEqualTo(spend));
    }

    /** A price in USD at a random rate, converted to euros half-even to the cent as generation does. */
    private static GenerationCost randomCost(long generationId, Random random) {
        var seconds = 4 + random.nextInt(16);
        var usd = new BigDecimal(random.nextInt(5_000)).movePointLeft(2);
        var rate = new BigDecimal(850_000 + random.nextInt(100_000)).movePointLeft(6);
        var euros = usd.multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
        return new GenerationCost(generationId, "gateway", "sora-2", seconds, new Money(usd, "USD"),
                new Money(euros, Money.EUR), rate);
    }

    private static void once(Runnable step) {
        try {
            step.run();
        } catch (DataIntegrityViolationException duplicate) {
            // the same event delivered twice at the same moment: the unique constraint booked it once
        }
    }

}
