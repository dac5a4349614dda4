package dev.clapboard.generation;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import dev.clapboard.generation.domain.Generation;
import dev.clapboard.generation.domain.GenerationRepository;
import dev.clapboard.generation.media.MediaLibrary;
import dev.clapboard.generation.provider.JobStatus;
import dev.clapboard.generation.provider.OutputVariant;
import dev.clapboard.generation.provider.ProviderException;
import dev.clapboard.generation.provider.ProviderRegistry;
import dev.clapboard.generation.provider.VideoProvider;
import dev.clapboard.generation.provider.VideoRequest;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.base.Money;
import dev.clapboard.campaign.BoardChanged;
import dev.clapboard.security.SystemActor;
import dev.clapboard.workspace.QuotaService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves one generation a step forward each time the job queue runs it: submit, poll with growing pauses,
 * store the outputs, finish. Every step re-reads the generation, so running a step twice (a second node, a
 * restart) books once and stores one output. Transient provider failures are retried with exponential
 * backoff and jitter; refusals are final and their reason is kept for the requester.
 */
@Component
class GenerationRunner {

    static final int MAX_ATTEMPTS = 6;
    static final String UNKNOWN_JOB = "unknown_job";
    /** Stop retrying an archive this long before the provider deletes the outputs, and raise the alarm. */
    static final Duration ARCHIVE_MARGIN = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(GenerationRunner.class);

    private final GenerationRepository generations;
    private final ProviderRegistry providers;
    private final MediaLibrary media;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final QuotaService quota;
    private final GenerationMetrics metrics;
    private final java.util.concurrent.ConcurrentMap<String, Object> slotLocks = new java.util.concurrent.ConcurrentHashMap<>();

    GenerationRunner(GenerationRepository generations, ProviderRegistry providers, MediaLibrary media,
            TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock, QuotaService quota,
            GenerationMetrics metrics) {
        this.metrics = metrics;
        this.quota = quota;
        this.generations = generations;
        this.providers = providers;
        this.media = media;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    CompletionHandler<String> advance(GenerationTask.Ref ref) {
        var next = SystemActor.callInWorkspace(ref.workspaceId(), () -> step(ref.generationId()));
        if (next == null) {
            return (complete, operations) -> operations.remove();
        }
        return (complete, operations) -> operations.reschedule(complete, next);
    }

    /** Does one step; returns when to run again, or null when the generation has ended. */
    @Nullable Instant step(long generationId) {
        var generation = read(generationId, g -> g);
        if (generation == null || generation.getStatus().isFinal()) {
            return null;
        }
        var provider = providers.get(generation.getProviderId());
        try {
            var jobId = generation.getProviderJobId();
            if (jobId == null) {
                if (!claimSlot(generation, provider)) {
                    return clock.instant().plusSeconds(2);
                }
                var submitted = submit(provider, generation);
                update(generationId, g -> g.submitted(submitted, clock.instant()));
                showOnBoard(generation);
                return clock.instant().plusSeconds(1);
            }
            var status = provider.status(jobId);
            return switch (status.state()) {
                case QUEUED, RUNNING -> {
                    update(generationId, g -> g.progressed(status.progressPercent(), clock.instant()));
                    if (status.progressPercent() / 25 != generation.getProgressPercent() / 25) {
                        showOnBoard(generation);
                    }
                    yield clock.instant().plus(pollDelay(generation));
                }
                case SUCCEEDED -> {
                    var expiresAt = status.expiresAt() != null ? status.expiresAt() : generation.getOutputsExpireAt();
                    if (status.expiresAt() != null) {
                        update(generationId, g -> g.outputsExpire(status.expiresAt()));
                    }
                    yield finish(generationId, provider, jobId, generation.getAttempts(), expiresAt);
                }
                case FAILED -> {
                    fail(generationId, describe(status));
                    yield null;
                }
                case CANCELLED -> {
                    update(generationId, g -> {
                        g.cancelled(clock.instant());
                        release(g);
                        events.publishEvent(GenerationService.cancelledEvent(g));
                    });
                    yield null;
                }
            };
        } catch (ProviderException e) {
            metrics.providerError(provider.id(), e);
            if (UNKNOWN_JOB.equals(e.code()) && generation.getAttempts() < MAX_ATTEMPTS) {
                // the provider forgot the job (the local renderer restarted): ask again from the start
                update(generationId, Generation::resubmit);
                return clock.instant().plusSeconds(1);
            }
            if (e.retryable() && generation.getAttempts() < MAX_ATTEMPTS) {
                update(generationId, Generation::countAttempt);
                return clock.instant().plus(backoff(generation.getAttempts(), e.retryAfter()));
            }
            fail(generationId, e.getMessage());
            return null;
        }
    }

    /**
     * Takes one of the provider's slots for this workspace, or says the provider is busy. Checking and taking
     * happen under one lock per workspace and provider, so jobs on this node never overshoot the limit; two
     * nodes may still both take the last slot at the same moment (the provider's own limit is the hard one).
     */
    private boolean claimSlot(Generation generation, VideoProvider provider) {
        var key = generation.getWorkspaceId() + ":" + provider.id();
        synchronized (slotLocks.computeIfAbsent(key, k -> new Object())) {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                var running = generations.countByProviderIdAndStatusAndIdNot(provider.id(), GenerationStatus.RUNNING,
                        generation.getId());
                if (running >= provider.maxConcurrentJobs()) {
                    return false;
                }
                generations.findById(generation.getId()).filter(g -> !g.getStatus().isFinal())
                        .ifPresent(Generation::claimSlot);
                return true;
            }));
        }
    }

    /** Copies the outputs into our store; returns when to try the copy again, or null when the generation ended. */
    private @Nullable Instant finish(long generationId, VideoProvider provider, String jobId, int attempts,
            @Nullable Instant expiresAt) {
        var dir = tempDir();
        try {
            var video = dir.resolve("video.mp4");
            var thumbnail = dir.resolve("thumbnail.jpg");
            provider.download(jobId, OutputVariant.VIDEO, video);
            provider.download(jobId, OutputVariant.THUMBNAIL, thumbnail);
            checkPlayable(video);
            var framesPerSecond = dev.clapboard.generation.media.Mp4FrameRate.of(video).orElse(null);
            transaction.executeWithoutResult(status -> {
                var generation = generations.findById(generationId).orElseThrow();
                if (generation.getStatus() == GenerationStatus.CANCELLED) {
                    log.info("Generation {} finished after it was cancelled; output discarded", generationId);
                    return;
                }
                if (generation.getStatus().isFinal()) {
                    return; // another run of this step got here first
                }
                var storedVideo = media.store(OutputVariant.VIDEO, video);
                var storedThumbnail = media.store(OutputVariant.THUMBNAIL, thumbnail);
                generation.succeeded(storedVideo.id(), storedThumbnail.id(), clock.instant());
                generation.playsAt(framesPerSecond);
                var reservation = generation.getQuotaReservationId();
                if (reservation != null) {
                    quota.commit(reservation, generation.getDurationSeconds(),
                            new Money(generation.getEstimateEur(), Money.EUR));
                }
                events.publishEvent(new GenerationSucceeded(generation.getWorkspaceId(), generation.getCampaignId(),
                        generation.getCardId(), generationId, storedVideo.id(), generation.getRequestedBy(),
                        GenerationService.cost(generation)));
            });
            return null;
        } catch (ProviderException e) {
            metrics.providerError(provider.id(), e);
            return archiveFailure(generationId, e, attempts, expiresAt);
        } catch (UncheckedIOException e) {
            fail(generationId, "The finished video could not be stored: " + e.getMessage());
            return null;
        } finally {
            deleteQuietly(dir);
        }
    }

    /**
     * A download that may pass later is tried again (beyond the usual attempts while the provider keeps the
     * outputs); when the next try would come too close to the provider's deletion, or the outputs are gone, the
     * generation ends as FAILED_ARCHIVE: made and paid for, but lost to us.
     */
    private @Nullable Instant archiveFailure(long generationId, ProviderException e, int attempts,
            @Nullable Instant expiresAt) {
        var next = clock.instant().plus(backoff(attempts, e.retryAfter()));
        var mayRetry = expiresAt == null ? attempts < MAX_ATTEMPTS : next.isBefore(expiresAt.minus(ARCHIVE_MARGIN));
        if (e.retryable() && mayRetry) {
            update(generationId, Generation::countAttempt);
            return next;
        }
        if (e.retryable() || "output_expired".equals(e.code())) {
            archiveFailed(generationId, "The video was made but could not be copied into Clapboard before the "
                    + "provider deletes it: " + e.getMessage());
            return null;
        }
        fail(generationId, "The finished video could not be stored: " + e.getMessage());
        return null;
    }

    private void archiveFailed(long generationId, String reason) {
        transaction.executeWithoutResult(status -> generations.findById(generationId)
                .filter(g -> !g.getStatus().isFinal())
                .ifPresent(generation -> {
                    generation.archiveFailed(reason, clock.instant());
                    // the provider has charged for the video: the held quota is used, not given back
                    var reservation = generation.getQuotaReservationId();
                    if (reservation != null) {
                        quota.commit(reservation, generation.getDurationSeconds(),
                                new Money(generation.getEstimateEur(), Money.EUR));
                    }
                    log.warn("Generation {} could not be archived before its outputs expire", generationId);
                    events.publishEvent(new GenerationFailed(generation.getWorkspaceId(), generation.getCampaignId(),
                            generation.getCardId(), generationId, reason, generation.getRequestedBy(),
                            GenerationService.cost(generation), true));
                }));
    }

    /** Lets open boards redraw the card with its video's new state (progress in quarters, not every percent). */
    private void showOnBoard(Generation generation) {
        if (generation.getCardId() != null) {
            events.publishEvent(new BoardChanged(generation.getWorkspaceId(), generation.getCampaignId(),
                    generation.getCardId(), "Clapboard"));
        }
    }

    private void release(Generation generation) {
        var reservation = generation.getQuotaReservationId();
        if (reservation != null) {
            quota.release(reservation);
        }
    }

    private static void checkPlayable(Path video) {
        try {
            if (Files.size(video) < 1024) {
                throw new ProviderException(false, "corrupt_output", "the video file is missing or too small", null);
            }
        } catch (IOException e) {
            throw new ProviderException(false, "corrupt_output", "the video file is missing", null);
        }
    }

    /** Ends the generation as FAILED with {@code reason} and gives its reservation back (the reaper uses it too). */
    void fail(long generationId, String reason) {
        transaction.executeWithoutResult(status -> generations.findById(generationId)
                .filter(g -> !g.getStatus().isFinal())
                .ifPresent(generation -> {
                    generation.failed(reason, clock.instant());
                    release(generation);
                    showOnBoard(generation);
                    events.publishEvent(new GenerationFailed(generation.getWorkspaceId(), generation.getCampaignId(),
                            generation.getCardId(), generationId, reason, generation.getRequestedBy(),
                            GenerationService.cost(generation)));
                }));
    }

    private void update(long generationId, java.util.function.Consumer<Generation> change) {
        transaction.executeWithoutResult(status -> generations.findById(generationId)
                .filter(g -> !g.getStatus().isFinal()).ifPresent(change));
    }

    private <T> @Nullable T read(long generationId, Function<Generation, T> reader) {
        return transaction.execute(status -> generations.findById(generationId).map(reader).orElse(null));
    }

    /** A remix on a model that can remix starts from the earlier job at the provider; anything else is new. */
    private String submit(VideoProvider provider, Generation g) {
        var request = request(g);
        var sourceId = g.getRemixedFromId();
        if (sourceId == null || !provider.model(g.getModel()).remix()) {
            return provider.submit(request);
        }
        var sourceJob = read(sourceId, source -> source.getProviderId().equals(provider.id())
                ? source.getProviderJobId() : null);
        return sourceJob == null ? provider.submit(request) : provider.remix(sourceJob, request);
    }

    private VideoRequest request(Generation g) {
        var title = "Variant " + g.getVariantIndex() + " · " + g.getStyle();
        return new VideoRequest(g.getModel(), g.getPromptText(), new VideoSize(g.getWidth(), g.getHeight()),
                g.getDurationSeconds(), g.getStyle(), title, g.getSeed(), referenceImage(g));
    }

    private byte @Nullable [] referenceImage(Generation g) {
        var id = g.getReferenceMediaId();
        if (id == null) {
            return null;
        }
        var stored = media.open(id).orElseThrow(() -> new ProviderException(false, "reference_missing",
                "The image this generation starts from is missing from the media store", null));
        try (var in = stored.content().getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ProviderException(true, "io", "Could not read the reference image: " + e.getMessage(), null);
        }
    }

    private static String describe(JobStatus status) {
        var message = status.errorMessage() != null ? status.errorMessage() : "The provider reported a failure";
        return status.errorCode() != null ? message + " (" + status.errorCode() + ")" : message;
    }

    /** Poll often at first, then less: a minute-long hosted job needs no poll every second. */
    private Duration pollDelay(Generation generation) {
        var running = Duration.between(generation.getRequestedAt(), clock.instant());
        return running.compareTo(Duration.ofSeconds(20)) < 0 ? Duration.ofSeconds(1) : Duration.ofSeconds(5);
    }

    /** 2, 4, 8 … seconds with ±25 % jitter, or what the provider asked for (Retry-After) if longer. */
    static Duration backoff(int attempt, @Nullable Duration retryAfter) {
        var base = Duration.ofSeconds(1L << Math.min(attempt + 1, 8));
        var jitter = (long) (base.toMillis() * (ThreadLocalRandom.current().nextDouble() * 0.5 - 0.25));
        var delay = base.plusMillis(jitter);
        return retryAfter != null && retryAfter.compareTo(delay) > 0 ? retryAfter : delay;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("clapboard-output");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.list(dir)) {
            for (var file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            log.debug("Could not clean {}", dir, e);
        }
    }
}
