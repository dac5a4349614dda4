package dev.clapboard.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.generation.provider.JobStatus;
import dev.clapboard.generation.provider.ModelSpec;
import dev.clapboard.generation.provider.OutputVariant;
import dev.clapboard.generation.provider.PriceTable;
import dev.clapboard.generation.provider.ProviderException;
import dev.clapboard.generation.provider.VideoProvider;
import dev.clapboard.generation.provider.VideoRequest;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.AwaitGenerations;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

/** What the job engine does when a provider misbehaves: retries what may pass, ends what cannot, loses nothing. */
@ClapboardTest
@Import(GenerationFailuresTest.Scripted.class)
class GenerationFailuresTest {

    /** A provider that answers from a script the test writes. */
    @TestConfiguration
    static class Scripted {
        @Bean
        ScriptedProvider scriptedProvider() {
            return new ScriptedProvider();
        }
    }

    static class ScriptedProvider implements VideoProvider {
        final Deque<Object> statusScript = new ArrayDeque<>();
        final AtomicInteger submits = new AtomicInteger();
        volatile byte[] video = new byte[0];
        volatile RuntimeException submitFailure;
        volatile int limit = 4;
        /** When set, a video download waits until the test opens this gate. */
        volatile CountDownLatch downloadGate;
        final Semaphore downloadsStarted = new Semaphore(0);

        @Override
        public int maxConcurrentJobs() {
            return limit;
        }

        @Override
        public String id() {
            return "scripted";
        }

        @Override
        public String displayName() {
            return "Scripted test provider";
        }

        @Override
        public List<ModelSpec> models() {
            return List.of(new ModelSpec("m1", "Model 1", List.of(new VideoSize(1280, 720)), List.of(4, 8), true,
                    false, false));
        }

        @Override
        public PriceTable prices() {
            return new PriceTable("USD", List.of(new PriceTable.Price("m1", null, new BigDecimal("0.10"))));
        }

        @Override
        public String submit(VideoRequest request) {
            submits.incrementAndGet();
            var failure = submitFailure;
            if (failure != null) {
                submitFailure = null;
                throw failure;
            }
            return "job-" + submits.get();
        }

        @Override
        public synchronized JobStatus status(String jobId) {
            var next = statusScript.isEmpty() ? JobStatus.running(50) : statusScript.poll();
            if (next instanceof ProviderException e) {
                throw e;
            }
            return (JobStatus) next;
        }

        @Override
        public void download(String jobId, OutputVariant variant, Path target) {
            try {
                var gate = downloadGate;
                if (variant == OutputVariant.VIDEO && gate != null) {
                    downloadsStarted.release();
                    gate.await();
                }
                Files.write(target, variant == OutputVariant.VIDEO ? video : new byte[2048]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        synchronized void script(Object... steps) {
            statusScript.clear();
            statusScript.addAll(List.of(steps));
        }
    }

    @Autowired
    GenerationService generations;
    @Autowired
    AwaitGenerations await;
    @Autowired
    CampaignService campaigns;
    @Autowired
    ScriptedProvider provider;
    @Autowired
    SignIn signIn;
    @Autowired
    SchedulerClient scheduler;
    @Autowired
    dev.clapboard.workspace.WorkspaceSettingsService settings;

    long campaignId;

    @BeforeEach
    void setUp() {
        signIn.as(DemoLogins.CREATOR);
        campaignId = campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id();
        provider.video = new byte[4096];
        provider.submitFailure = null;
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_estimate_uses_the_providers_price_per_second() {
        var estimate = generations.estimate(order(3));

        assertThat(estimate.providerPrice().amount()).isEqualByComparingTo("1.20"); // 0.10 × 4 s × 3
        assertThat(estimate.providerPrice().currency()).isEqualTo("USD");
        assertThat(estimate.workspacePrice().currency()).isEqualTo("EUR");
        assertThat(estimate.workspacePrice().amount())
                .isEqualByComparingTo(new BigDecimal("1.20").multiply(settings.usdToEur()).setScale(2, java.math.RoundingMode.HALF_EVEN));
    }

    @Test
    void a_model_that_cannot_start_from_an_image_refuses_one() {
        var png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        var withImage = new GenerationOrder(campaignId, null, null, "A product shot", "Shot", "scripted", "m1",
                new VideoSize(1280, 720), 4, 1, "photorealistic", png);

        assertThatThrownBy(() -> generations.request(withImage)).isInstanceOf(GenerationRefusedException.class)
                .hasMessageContaining("cannot start from an image");
    }

    @Test
    void no_more_jobs_run_at_a_provider_than_its_concurrency_limit() throws Exception {
        provider.limit = 1;
        provider.script();
        try {
            var submitsBefore = provider.submits.get();
            var requested = generations.request(order(3));
            Thread.sleep(4000);

            assertThat(provider.submits.get() - submitsBefore).isEqualTo(1);
            var states = requested.stream().map(g -> generations.find(g.id()).orElseThrow().status()).toList();
            assertThat(states).containsExactlyInAnyOrder(GenerationStatus.RUNNING, GenerationStatus.QUEUED,
                    GenerationStatus.QUEUED);
            requested.forEach(g -> generations.cancel(g.id()));
        } finally {
            provider.limit = 4;
        }
    }

    @Test
    void a_transient_error_is_retried_and_the_generation_still_succeeds() throws Exception {
        provider.script(new ProviderException(true, "rate_limited", "Too many requests", Duration.ofMillis(10)),
                JobStatus.running(40), JobStatus.succeeded());

        var done = await.ended(generations.request(order(1)).getFirst().id());

        assertThat(done.status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(done.videoMediaId()).isNotNull();
    }

    @Test
    void a_refusal_by_the_provider_is_final_and_its_reason_is_kept() throws Exception {
        provider.submitFailure = new ProviderException(false, "moderation_blocked", "The prompt was refused by moderation", null);

        var done = await.ended(generations.request(order(1)).getFirst().id());

        assertThat(done.status()).isEqualTo(GenerationStatus.FAILED);
        assertThat(done.failureReason()).isEqualTo("The prompt was refused by moderation");
    }

    @Test
    void a_job_the_provider_reports_failed_ends_failed_with_the_providers_words() throws Exception {
        provider.script(JobStatus.failed("server_error", "GPU node lost"));

        var done = await.ended(generations.request(order(1)).getFirst().id());

        assertThat(done.status()).isEqualTo(GenerationStatus.FAILED);
        assertThat(done.failureReason()).isEqualTo("GPU node lost (server_error)");
    }

    @Test
    void a_job_the_provider_forgot_after_a_restart_is_submitted_again_and_succeeds() throws Exception {
        var submitsBefore = provider.submits.get();
        provider.script(new ProviderException(false, "unknown_job", "No such job (restarted)", null),
                JobStatus.succeeded());

        var done = await.ended(generations.request(order(1)).getFirst().id());

        assertThat(done.status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(provider.submits.get() - submitsBefore).isEqualTo(2);
    }

    @Test
    void a_missing_or_corrupt_output_fails_with_a_reason_and_stores_nothing() throws Exception {
        provider.video = new byte[10];
        provider.script(JobStatus.succeeded());

        var done = await.ended(generations.request(order(1)).getFirst().id());

        assertThat(done.status()).isEqualTo(GenerationStatus.FAILED);
        assertThat(done.failureReason()).contains("could not be stored").contains("missing or too small");
        assertThat(done.videoMediaId()).isNull();
    }

    @Test
    void a_generation_cancelled_while_its_video_downloads_is_discarded_not_stored() throws Exception {
        provider.script(JobStatus.running(50), JobStatus.succeeded());
        provider.downloadGate = new CountDownLatch(1);
        try {
            var id = generations.request(order(1)).getFirst().id();
            assertThat(provider.downloadsStarted.tryAcquire(30, TimeUnit.SECONDS))
                    .as("the runner reached the download").isTrue();

            var cancelled = generations.cancel(id); // the provider has finished; our copy is still running
            provider.downloadGate.countDown();
            var job = TaskInstanceId.of(GenerationTask.NAME, "generation-" + id);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> scheduler.getScheduledExecution(job).isEmpty());

            assertThat(cancelled.status()).isEqualTo(GenerationStatus.CANCELLED);
            var after = generations.find(id).orElseThrow();
            assertThat(after.status()).isEqualTo(GenerationStatus.CANCELLED);
            assertThat(after.videoMediaId()).as("the late video is not stored").isNull();
            assertThat(after.thumbnailMediaId()).isNull();
        } finally {
            provider.downloadGate = null;
        }
    }

    private GenerationOrder order(int variants) {
        return new GenerationOrder(campaignId, null, null, "A product shot of a dashboard on a monitor", "Shot",
                "scripted", "m1", new VideoSize(1280, 720), 4, variants, "photorealistic");
    }

}
