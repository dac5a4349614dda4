package dev.clapboard.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.clapboard.generation.hosted.StubServer.Answer.json;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import dev.clapboard.campaign.Campaigns;
import dev.clapboard.finance.CostLedger;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationStatus;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.generation.ProviderEndpointService;
import dev.clapboard.generation.ProviderKind;
import dev.clapboard.generation.hosted.StubServer;
import dev.clapboard.generation.media.MediaStore;
import dev.clapboard.generation.provider.JobStatus;
import dev.clapboard.generation.provider.ModelSpec;
import dev.clapboard.generation.provider.OutputVariant;
import dev.clapboard.generation.provider.PriceTable;
import dev.clapboard.generation.provider.ProviderException;
import dev.clapboard.generation.provider.VideoProvider;
import dev.clapboard.generation.provider.VideoRequest;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.security.ClapboardUser;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.EmbeddedPostgresDatabase;
import dev.clapboard.support.MovableClock;
import dev.clapboard.support.SignIn;
import dev.clapboard.workspace.QuotaService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Real faults during generations on PostgreSQL: the database connections cut in the middle of a job, a full
 * and an unwritable media store, jobs that vanished or stopped moving (the reaper), and a hosted gateway that
 * times out and answers garbage under twenty concurrent generations. After each, the ledger
 * balances, no file is orphaned and nothing is left queued or running.
 */
@ClapboardTest
@Import({MovableClock.Config.class, GenerationFaultsTest.Faulty.class})
class GenerationFaultsTest {

    private static final Path MEDIA = newDirectory();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
        registry.add("clapboard.media.dir", MEDIA::toString);
        registry.add("clapboard.generation.retry-after-error", () -> "PT1S");
        registry.add("clapboard.generation.reaper.every", () -> "PT1H"); // the tests run it when they want
        registry.add("clapboard.providers.read-timeout-seconds", () -> "1");
    }

    @TestConfiguration
    static class Faulty {
        @Bean
        FaultyProvider faultyProvider() {
            return new FaultyProvider();
        }

        /** The real store, with a switch that cuts the app's database connections in the middle of a write. */
        @Bean
        @Primary
        ConnectionCuttingStore connectionCuttingStore(@Qualifier("fileSystemMediaStore") MediaStore store,
                @Value("${spring.datasource.url}") String databaseUrl) {
            return new ConnectionCuttingStore(store, databaseUrl);
        }
    }

    /** Priced in euros so a video's cost is its estimate; how its jobs behave is set by each test. */
    static class FaultyProvider implements VideoProvider {
        enum Mode { SUCCEED, HANG, FORGET }

        volatile Mode mode = Mode.SUCCEED;
        final AtomicInteger submits = new AtomicInteger();

        @Override
        public String id() {
            return "faulty";
        }

        @Override
        public String displayName() {
            return "Faulty test provider";
        }

        @Override
        public List<ModelSpec> models() {
            return List.of(new ModelSpec("f1", "Model F1", List.of(new VideoSize(1280, 720)), List.of(4), true,
                    false, false));
        }

        @Override
        public PriceTable prices() {
            return new PriceTable("EUR", List.of(new PriceTable.Price("f1", null, new BigDecimal("0.25"))));
        }

        @Override
        public String submit(VideoRequest request) {
            return "faulty-" + submits.incrementAndGet();
        }

        @Override
        public JobStatus status(String jobId) {
            return switch (mode) {
                case SUCCEED -> JobStatus.succeeded();
                case HANG -> JobStatus.running(50);
                case FORGET -> throw new ProviderException(false, "not_found", "No such job", null);
            };
        }

        @Override
        public void download(String jobId, OutputVariant variant, Path target) {
            try {
                Files.write(target, new byte[variant == OutputVariant.VIDEO ? 8192 : 2048]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static class ConnectionCuttingStore implements MediaStore {
        private final MediaStore store;
        private final String databaseUrl;
        final AtomicBoolean cutOnNextWrite = new AtomicBoolean();

        ConnectionCuttingStore(MediaStore store, String databaseUrl) {
            this.store = store;
            this.databaseUrl = databaseUrl;
        }

        @Override
        public StoredObject put(String key, Path source) {
            var stored = store.put(key, source);
            if (cutOnNextWrite.compareAndSet(true, false)) {
                terminateConnections(databaseUrl); // the file is written; its row will not be
            }
            return stored;
        }

        @Override
        public Resource get(String key) {
            return store.get(key);
        }

        @Override
        public void delete(String key) {
            store.delete(key);
        }
    }

    @Autowired
    GenerationService generations;
    @Autowired
    CostLedger ledger;
    @Autowired
    QuotaService quota;
    @Autowired
    Campaigns campaigns;
    @Autowired
    SignIn signIn;
    @Autowired
    FaultyProvider provider;
    @Autowired
    ConnectionCuttingStore store;
    @Autowired
    SchedulerClient scheduler;
    @Autowired
    MovableClock clock;
    @Autowired
    ConfigurableEnvironment environment;
    @Autowired
    ProviderEndpointService endpoints;

    long campaignId;
    long workspaceId;
    FaultChecks checks;

    @BeforeEach
    void setUp() {
        workspaceId = ((ClapboardUser) signIn.as(DemoLogins.CREATOR).getPrincipal()).workspaceId();
        campaignId = campaigns.demoCampaignId();
        provider.mode = FaultyProvider.Mode.SUCCEED;
        checks = new FaultChecks(generations, ledger, quota, MEDIA, campaignId);
    }

    @AfterEach
    void tearDown() {
        // a failed test leaves nothing open for the next one to count
        generations.page(campaignId, EnumSet.of(GenerationStatus.QUEUED, GenerationStatus.RUNNING),
                PageRequest.of(0, 50)).forEach(g -> generations.cancel(g.id()));
        environment.getPropertySources().remove("full-disk");
        clock.reset();
        SignIn.out();
    }

    @Test
    void a_job_whose_database_connections_are_cut_mid_step_retries_and_succeeds_once() throws Exception {
        store.cutOnNextWrite.set(true);

        var done = ended(request());

        assertThat(store.cutOnNextWrite).as("the connections were cut").isFalse();
        assertThat(done.status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(done.videoMediaId()).isNotNull();
        checks.holdAfter(List.of(done)); // the file written before the cut was removed with its transaction
    }

    @Test
    void a_full_media_store_fails_the_generation_with_the_reason_and_stores_nothing() throws Exception {
        environment.getPropertySources().addFirst(new MapPropertySource("full-disk",
                Map.of("clapboard.media.min-free-space", "1000000TB")));

        var done = ended(request());

        assertThat(done.status()).isEqualTo(GenerationStatus.FAILED);
        assertThat(done.failureReason()).startsWith("The finished video could not be stored: the media store is full")
                .contains("must stay free");
        assertThat(done.videoMediaId()).isNull();
        checks.holdAfter(List.of(done));
    }

    @Test
    void a_media_store_that_cannot_be_written_fails_the_generation_with_the_reason_and_stores_nothing()
            throws Exception {
        var workspaceDir = MEDIA.resolve(Long.toString(workspaceId));
        var moved = MEDIA.resolveSibling(MEDIA.getFileName() + "-aside");
        Files.createDirectories(workspaceDir);
        Files.move(workspaceDir, moved);
        Files.writeString(workspaceDir, "a file where the store needs a folder");
        try {
            var done = ended(request());

            assertThat(done.status()).isEqualTo(GenerationStatus.FAILED);
            assertThat(done.failureReason())
                    .startsWith("The finished video could not be stored: the media store cannot be written");
            Files.delete(workspaceDir);
            Files.move(moved, workspaceDir);
            checks.holdAfter(List.of(done));
        } finally {
            if (Files.isRegularFile(workspaceDir)) {
                Files.delete(workspaceDir);
                Files.move(moved, workspaceDir);
            }
        }
    }

    @Test
    void a_running_generation_whose_job_vanished_is_queued_again_when_the_provider_still_knows_it() throws Exception {
        var id = runningWithoutItsJob();
        provider.mode = FaultyProvider.Mode.SUCCEED;

        runReaper();
        var done = ended(id);

        assertThat(done.status()).isEqualTo(GenerationStatus.SUCCEEDED);
        checks.holdAfter(List.of(done));
    }

    @Test
    void a_running_generation_whose_job_vanished_and_provider_forgot_it_fails_as_stopped_responding()
            throws Exception {
        var id = runningWithoutItsJob();
        provider.mode = FaultyProvider.Mode.FORGET;

        runReaper();
        var done = ended(id);

        assertThat(done.status()).isEqualTo(GenerationStatus.FAILED);
        assertThat(done.failureReason()).isEqualTo("The provider stopped responding; the video was not made.");
        checks.holdAfter(List.of(done));
    }

    @Test
    void a_generation_that_makes_no_progress_for_hours_fails_as_stopped_responding() throws Exception {
        provider.mode = FaultyProvider.Mode.HANG;
        var id = request();
        awaitRunning(id);

        clock.advance(Duration.ofMinutes(30));
        runReaper();
        assertThat(generations.find(id).orElseThrow().status()).as("half an hour without progress is allowed")
                .isEqualTo(GenerationStatus.RUNNING);

        clock.advance(Duration.ofHours(2));
        runReaper();
        var done = ended(id);

        assertThat(done.status()).isEqualTo(GenerationStatus.FAILED);
        assertThat(done.failureReason()).isEqualTo("The provider stopped responding; the video was not made.");
        var job = TaskInstanceId.of("generation", "generation-" + id);
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> scheduler.getScheduledExecution(job).isEmpty());
        checks.holdAfter(List.of(done));
    }

    @Test
    void twenty_generations_at_once_on_a_gateway_that_times_out_and_answers_garbage_each_end_with_the_right_reason()
            throws Exception {
        try (var gateway = new StubServer()) {
            var providerId = addGateway(gateway);
            for (int i = 1; i <= 20; i++) {
                gateway.on("POST /v1/videos", json(200, "{\"id\":\"video_" + i + "\",\"status\":\"queued\"}"));
                gateway.on("GET /v1/videos/video_" + i + "/content?variant=video",
                        StubServer.Answer.bytes(new byte[i == 20 ? 10 : 4096]));
                gateway.on("GET /v1/videos/video_" + i + "/content?variant=thumbnail",
                        StubServer.Answer.bytes(new byte[] {1}));
                var status = "GET /v1/videos/video_" + i;
                var completed = json(200, "{\"id\":\"video_" + i + "\",\"status\":\"completed\"}");
                if (i <= 8 || i == 20) {
                    gateway.on(status, json(200, "{\"id\":\"video_" + i + "\",\"status\":\"in_progress\","
                            + "\"progress\":50}"), completed);
                } else if (i <= 12) {
                    gateway.on(status, completed.delayed(3000), completed); // the first poll times out
                } else if (i <= 15) {
                    gateway.on(status, json(200, "{\"id\":\"video_" + i + "\",\"status\":"));
                } else if (i <= 17) {
                    gateway.on(status, new StubServer.Answer(200, Map.of("Content-Type", "text/html"),
                            "<html>502 Bad Gateway</html>".getBytes(StandardCharsets.UTF_8), 0, -1));
                } else {
                    gateway.on(status, json(200, "{\"id\":\"video_" + i + "\",\"status\":\"failed\","
                            + "\"error\":{\"code\":\"content_policy_violation\",\"message\":\"flagged\"}}"));
                }
            }

            var pool = Executors.newFixedThreadPool(5);
            var ids = new ArrayList<Long>();
            try {
                var orders = new ArrayList<Callable<List<Long>>>();
                for (int t = 0; t < 5; t++) {
                    orders.add(() -> {
                        signIn.as(DemoLogins.CREATOR);
                        try {
                            return generations.request(new GenerationOrder(campaignId, null, null,
                                    "A lighthouse at dusk, slow pan", "Load", providerId, "sora-2",
                                    new VideoSize(1280, 720), 4, 4, "cinematic")).stream()
                                    .map(GenerationSummary::id).toList();
                        } finally {
                            SignIn.out();
                        }
                    });
                }
                for (var future : pool.invokeAll(orders)) {
                    ids.addAll(future.get());
                }
            } finally {
                pool.shutdown();
            }
            var ended = ids.stream().map(this::ended).toList();

            assertThat(ended).hasSize(20);
            assertThat(ended).filteredOn(g -> g.status() == GenerationStatus.SUCCEEDED).hasSize(12);
            assertThat(ended).filteredOn(g -> g.status() == GenerationStatus.FAILED)
                    .extracting(GenerationSummary::failureReason)
                    .satisfiesExactlyInAnyOrder(
                            r -> assertThat(r).isEqualTo("Load gateway answered with something that is not JSON instead of JSON"),
                            r -> assertThat(r).isEqualTo("Load gateway answered with something that is not JSON instead of JSON"),
                            r -> assertThat(r).isEqualTo("Load gateway answered with something that is not JSON instead of JSON"),
                            r -> assertThat(r).isEqualTo("Load gateway answered with an HTML page instead of JSON"),
                            r -> assertThat(r).isEqualTo("Load gateway answered with an HTML page instead of JSON"),
                            r -> assertThat(r).contains("refused the video with its moderation filter: flagged"),
                            r -> assertThat(r).contains("refused the video with its moderation filter: flagged"),
                            r -> assertThat(r).contains("could not be stored").contains("missing or too small"));
            checks.holdAfter(ended);
        }
    }

    /** A {@code /v1/videos} gateway priced in euros (0.25 a second), added by the admin. */
    private String addGateway(StubServer gateway) {
        signIn.as(DemoLogins.ADMIN);
        try {
            var saved = endpoints.save(new ProviderEndpointService.EndpointForm(null, ProviderKind.VIDEOS_API,
                    "Load gateway", gateway.base("/v1").toString(), "sk-load-test-0000", "", "EUR", "sora-2 0.25", "",
                    true));
            return "endpoint-" + saved.endpoint().id();
        } finally {
            signIn.as(DemoLogins.CREATOR);
        }
    }

    /** A generation the provider is working on, whose job someone removed from the queue, quiet for minutes. */
    private long runningWithoutItsJob() {
        provider.mode = FaultyProvider.Mode.HANG;
        var id = request();
        awaitRunning(id);
        var job = TaskInstanceId.of("generation", "generation-" + id);
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            scheduler.cancel(job); // refused while a step runs; tried again
            return scheduler.getScheduledExecution(job).isEmpty();
        });
        clock.advance(Duration.ofMinutes(5));
        return id;
    }

    /** Runs the reaper's recurring task now, through the queue, and waits for it to have run. */
    private void runReaper() {
        var reaper = TaskInstanceId.of("generation-reaper", "recurring");
        scheduler.reschedule(reaper, Instant.now());
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> scheduler.getScheduledExecution(reaper)
                .filter(e -> !e.isPicked() && e.getExecutionTime().isAfter(Instant.now().plusSeconds(600))).isPresent());
    }

    /**
     * Waits for the generation to end, as the signed-in member sees it. A read on a connection that was cut
     * fails once (the pool then replaces it), as it would for anyone reading at that moment.
     */
    private GenerationSummary ended(long id) {
        return await().pollInSameThread().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .ignoreExceptionsInstanceOf(DataAccessException.class)
                .until(() -> generations.find(id).orElseThrow(), g -> g.status().isFinal());
    }

    private void awaitRunning(long id) {
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            var g = generations.find(id).orElseThrow();
            return g.status() == GenerationStatus.RUNNING && g.progressPercent() == 50;
        });
    }

    private long request() {
        return generations.request(new GenerationOrder(campaignId, null, null, "A lighthouse at dusk, slow pan",
                "Faults", "faulty", "f1", new VideoSize(1280, 720), 4, 1, "photorealistic")).getFirst().id();
    }

    /** Ends every server process of the app's database, from a connection of its own, as a failover would. */
    static void terminateConnections(String databaseUrl) {
        var database = databaseUrl.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
        try (var admin = EmbeddedPostgresDatabase.server().getPostgresDatabase().getConnection();
                var kill = admin.prepareStatement("select pg_terminate_backend(pid) from pg_stat_activity"
                        + " where datname = ? and pid <> pg_backend_pid()")) {
            kill.setString(1, database);
            try (var killed = kill.executeQuery()) {
                assertThat(killed.next()).as("the app had connections to %s", database).isTrue();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not cut the database connections", e);
        }
    }

    private static Path newDirectory() {
        try {
            return Files.createTempDirectory("clapboard-faults-media");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
