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
import dev.clapboard.support.EmbeddedPostgresDatabase;
import dev.clapboard.support.NodeProcess;
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
 * Two nodes on one PostgreSQL share the job queue: 1,000 generations requested on node B run on both nodes, and
 * when node A is killed in the middle of the run (a JVM of its own, destroyed with {@code destroyForcibly}: no
 * shutdown, no last heartbeat, transactions cut off), node B notices its silence (db-scheduler's heartbeat) and
 * finishes A's jobs, while its undelivered events (ledger bookings) are resubmitted by {@code StaleEvents}. Every
 * generation succeeds once, with one stored video and one charge, and the cost ledger balances.
 */
class JobsAcrossNodesTest {

    private static final int BATCHES = 125; // of 8 variants: 1,000 generations
    private static ConfigurableApplicationContext nodeB;
    private static NodeProcess nodeA;

    /** A provider that makes a small file at once, so the test measures the queue, not a renderer. */
    @Configuration
    public static class NoOpProviderConfig {
        @Bean
        NoOpProvider noOpProvider() {
            return new NoOpProvider();
        }
    }

    static class NoOpProvider implements VideoProvider {
        /** How long storing takes: longer on the node that is killed, so it has jobs in hand when it dies. */
        private final long storeMillis = Long.getLong("clapboard.test.noop-store-millis", 10);

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
    static void startNodes() throws Exception {
        var url = EmbeddedPostgresDatabase.newDatabaseUrl();
        // node A's events between features that it had not delivered when it died (the ledger's bookings of
        // succeeded generations among them) are resubmitted by node B after seconds, not the usual 10 minutes
        nodeB = TwoNodes.node(url, "b", List.of(NoOpProviderConfig.class), "--clapboard.events.redeliver-after=PT5S",
                "--clapboard.events.redeliver-every=PT2S");
        nodeA = NodeProcess.start(url, "a", List.of(NoOpProviderConfig.class),
                "clapboard.test.noop-store-millis=300");
    }

    @AfterAll
    static void stopNodes() throws Exception {
        nodeA.close();
        nodeB.close();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_thousand_generations_finish_once_each_although_a_node_is_killed_in_the_middle() throws Exception {
        nodeB.getBean(SignIn.class).as(DemoLogins.MANAGER);
        var campaignId = nodeB.getBean(Campaigns.class).newBoard("Scale-out " + UUID.randomUUID()).campaign().id();
        var jdbc = nodeB.getBean(JdbcClient.class);
        // 1,000 s of video: above the demo's monthly quotas (600 s a member, 6,000 s the workspace)
        jdbc.sql("update workspace set default_member_seconds = 100000, monthly_seconds = 100000").update();
        var mediaBefore = jdbc.sql("select count(*) from media_file").query(Long.class).single();

        // requests keep coming after node A dies, so it dies mid-run, with jobs in hand
        var ids = new ArrayList<Long>();
        var killed = false;
        for (int batch = 0; batch < BATCHES; batch++) {
            ids.addAll(request(nodeB, campaignId, batch));
            if (!killed && batch >= BATCHES / 2 && jobsHeldByNodeA(jdbc) > 0) {
                nodeA.kill();
                killed = true;
            }
        }
        assertThat(killed).as("node A held jobs when it was killed").isTrue();
        var done = awaitAllEnded(nodeB, ids);

        assertThat(done).hasSize(BATCHES * 8);
        assertThat(done).extracting(GenerationSummary::status).containsOnly(GenerationStatus.SUCCEEDED);
        // one stored video per generation, and no stray stored files beyond video + thumbnail each
        assertThat(done.stream().map(GenerationSummary::videoMediaId).distinct().filter(Objects::nonNull))
                .hasSize(done.size());
        assertThat(jdbc.sql("select count(*) from media_file").query(Long.class).single())
                .isEqualTo(mediaBefore + 2L * done.size());
        // the ledger: exactly one charge per generation, and spend equals what the generations cost
        var expected = done.stream().map(g -> g.estimate().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        var ledger = nodeB.getBean(CostLedger.class);
        awaitActualCharges(jdbc, campaignId, done.size());
        awaitLedger(ledger, campaignId, new Money(expected, Money.EUR));
        assertThat(jdbc.sql("select count(distinct generation_id) from ledger_entry where campaign_id = ? "
                + "and kind = 'ACTUAL'").param(campaignId).query(Long.class).single()).isEqualTo(done.size());
        assertThat(jdbc.sql("select count(*) from ledger_entry where campaign_id = ? and kind = 'ACTUAL'")
                .param(campaignId).query(Long.class).single()).isEqualTo(done.size());
    }

    private static List<Long> request(ConfigurableApplicationContext node, long campaignId, int batch) {
        return node.getBean(GenerationService.class).request(new GenerationOrder(campaignId, null, null,
                "A calm product shot of a laptop on a desk", "Queue test " + batch, "noop", "n1",
                new VideoSize(1280, 720), 1, 8, "photorealistic")).stream().map(GenerationSummary::id).toList();
    }

    /** Jobs node A has picked and not finished. */
    private static long jobsHeldByNodeA(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from scheduled_tasks where picked and picked_by = 'node-a'")
                .query(Long.class).single();
    }

    private static List<GenerationSummary> awaitAllEnded(ConfigurableApplicationContext node, List<Long> ids)
            throws InterruptedException {
        var service = node.getBean(GenerationService.class);
        var deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            var current = ids.stream().map(id -> service.find(id).orElseThrow()).toList();
            if (current.stream().allMatch(g -> g.status().isFinal())) {
                return current;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Generations did not end in time: " + ids.stream()
                .map(id -> service.find(id).orElseThrow()).filter(g -> !g.status().isFinal())
                .map(g -> g.id() + " " + g.status()).toList());
    }

    /** Waits until as many generations were charged as expected; no reservations left open. */
    private static void awaitActualCharges(JdbcClient jdbc, long campaignId, int expected) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline) && jdbc.sql("select count(distinct generation_id) from ledger_entry "
                + "where campaign_id = ? and kind = 'ACTUAL'").param(campaignId).query(Long.class).single() < expected) {
            Thread.sleep(500);
        }
    }

    private static void awaitLedger(CostLedger ledger, long campaignId, Money expected) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline) && !ledger.spentOn(campaignId).equals(expected)) {
            Thread.sleep(250);
        }
        assertThat(ledger.spentOn(campaignId)).isEqualTo(expected);
    }
}
