package dev.clapboard.generation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.campaign.Campaigns;
import dev.clapboard.finance.CostLedger;
import dev.clapboard.generation.provider.JobStatus;
import dev.clapboard.generation.provider.ModelSpec;
import dev.clapboard.generation.provider.OutputVariant;
import dev.clapboard.generation.provider.PriceTable;
import dev.clapboard.generation.provider.VideoProvider;
import dev.clapboard.generation.provider.VideoRequest;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.base.Money;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import dev.clapboard.support.TwoNodes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes on one PostgreSQL share the job queue: generations requested on node A all finish once, spread over
 * both nodes, and when node A stops in the middle of a run, node B notices its silence (db-scheduler's heartbeat)
 * and finishes A's jobs. The cost ledger balances afterwards.
 */
class JobsAcrossNodesTest {

    private static final int BATCHES = 25; // of 8 variants: 200 generations
    private static TwoNodes nodes;

    /** A provider that makes a small file at once, so the test measures the queue, not a renderer. */
    @Configuration
    static class NoOpProviderConfig {
        @Bean
        NoOpProvider noOpProvider() {
            return new NoOpProvider();
        }
    }

    static class NoOpProvider implements VideoProvider {
        /** How long storing takes; raised while node A must still have work in hand when it stops. */
        static volatile long storeMillis = 50;

        @Override
        public String id() {
            return "noop";
        }

        @Override
        public String displayName() {
            return "No-op test provider";
        }

        @Override
        public List<ModelSpec> models() {
            return List.of(new ModelSpec("n1", "No-op", List.of(new VideoSize(1280, 720)), List.of(1), false, false,
                    false));
        }

        @Override
        public PriceTable prices() {
            return new PriceTable("USD", List.of(new PriceTable.Price("n1", null, new BigDecimal("0.01"))));
        }

        @Override
        public int maxConcurrentJobs() {
            return 10_000;
        }

        @Override
        public String submit(VideoRequest request) {
            return UUID.randomUUID().toString();
        }

        @Override
        public JobStatus status(String jobId) {
            return JobStatus.succeeded();
        }

        @Override
        public void download(String jobId, OutputVariant variant, Path target) {
            try {
                Thread.sleep(storeMillis);
                Files.write(target, new byte[4096]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while storing", e);
            }
        }
    }

    @BeforeAll
    static void startNodes() {
        nodes = TwoNodes.start(List.of(NoOpProviderConfig.class));
    }

    @AfterAll
    static void stopNodes() {
        nodes.close();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void generations_requested_on_one_node_finish_once_and_survive_that_node_stopping() throws Exception {
        nodes.a.getBean(SignIn.class).as(DemoLogins.MANAGER);
        var campaignId = nodes.a.getBean(Campaigns.class).newBoard("Scale-out " + UUID.randomUUID()).campaign().id();
        var jdbc = nodes.b.getBean(JdbcClient.class);
        var mediaBefore = jdbc.sql("select count(*) from media_file").query(Long.class).single();

        var first = request(nodes.a, campaignId, BATCHES);
        var firstDone = awaitAllEnded(nodes.a, first);
        assertThat(firstDone).extracting(GenerationSummary::status).containsOnly(GenerationStatus.SUCCEEDED);

        NoOpProvider.storeMillis = 1_000; // 200 jobs now take seconds on both nodes' threads together
        var second = request(nodes.a, campaignId, BATCHES);
        awaitSome(nodes.a, second);
        nodes.a.close(); // node A goes away with jobs in hand
        NoOpProvider.storeMillis = 50;

        nodes.b.getBean(SignIn.class).as(DemoLogins.MANAGER);
        var all = new ArrayList<>(first);
        all.addAll(second);
        var done = awaitAllEnded(nodes.b, all);

        assertThat(done).hasSize(2 * BATCHES * 8);
        assertThat(done).extracting(GenerationSummary::status).containsOnly(GenerationStatus.SUCCEEDED);
        // one stored video per generation, and no stray stored files beyond video + thumbnail each
        assertThat(done.stream().map(GenerationSummary::videoMediaId).distinct().filter(Objects::nonNull))
                .hasSize(done.size());
        assertThat(jdbc.sql("select count(*) from media_file").query(Long.class).single())
                .isEqualTo(mediaBefore + 2L * done.size());
        // the ledger: exactly one charge per generation, and spend equals what the generations cost
        var expected = done.stream().map(g -> g.estimate().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        var ledger = nodes.b.getBean(CostLedger.class);
        awaitLedger(ledger, campaignId, new Money(expected, Money.EUR));
        assertThat(jdbc.sql("select count(distinct generation_id) from ledger_entry where campaign_id = ? "
                + "and kind = 'ACTUAL'").param(campaignId).query(Long.class).single()).isEqualTo(done.size());
        assertThat(jdbc.sql("select count(*) from ledger_entry where campaign_id = ? and kind = 'ACTUAL'")
                .param(campaignId).query(Long.class).single()).isEqualTo(done.size());
    }

    private static List<Long> request(ConfigurableApplicationContext node, long campaignId, int batches) {
        var service = node.getBean(GenerationService.class);
        var ids = new ArrayList<Long>();
        for (int i = 0; i < batches; i++) {
            service.request(new GenerationOrder(campaignId, null, null, "A calm product shot of a laptop on a desk",
                    "Queue test " + i, "noop", "n1", new VideoSize(1280, 720), 1, 8, "photorealistic"))
                    .forEach(g -> ids.add(g.id()));
        }
        return ids;
    }

    private static List<GenerationSummary> awaitAllEnded(ConfigurableApplicationContext node, List<Long> ids)
            throws InterruptedException {
        var service = node.getBean(GenerationService.class);
        var deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            var current = ids.stream().map(id -> service.find(id).orElseThrow()).toList();
            if (current.stream().allMatch(g -> g.status().isFinal())) {
                return current;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Generations did not end in time: " + ids.stream()
                .map(id -> service.find(id).orElseThrow()).filter(g -> !g.status().isFinal())
                .map(g -> g.id() + " " + g.status()).toList());
    }

    /** Waits until node A has finished a few of {@code ids}, so the rest are queued or in hand. */
    private static void awaitSome(ConfigurableApplicationContext node, List<Long> ids) throws InterruptedException {
        var service = node.getBean(GenerationService.class);
        var deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            var finished = ids.stream().filter(id -> service.find(id).orElseThrow().status().isFinal()).count();
            if (finished >= 10) {
                assertThat(finished).as("stopped before the run ended").isLessThan(ids.size());
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No generation finished on node A");
    }

    private static void awaitLedger(CostLedger ledger, long campaignId, Money expected) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline) && !ledger.spentOn(campaignId).equals(expected)) {
            Thread.sleep(250);
        }
        assertThat(ledger.spentOn(campaignId)).isEqualTo(expected);
    }
}
