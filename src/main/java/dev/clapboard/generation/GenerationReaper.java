package dev.clapboard.generation;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import dev.clapboard.generation.domain.Generation;
import dev.clapboard.generation.domain.GenerationRepository;
import dev.clapboard.generation.provider.ProviderException;
import dev.clapboard.generation.provider.ProviderRegistry;
import dev.clapboard.security.SystemActor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resolves generations that would otherwise stay open for ever: one whose job is gone from the queue is queued
 * again when its provider still answers for it (or it was never sent), else it ends FAILED; one whose provider
 * job has not moved for {@code clapboard.generation.reaper.stuck-after} (far above any provider timeout) ends
 * FAILED. Either way the reservation is released by the usual failure path. Runs as a db-scheduler recurring
 * task, so once per cluster, and acts in each generation's own workspace.
 *
 * @see <a href="../../../../../docs/decisions/0007-generation-engine.md">0007 Generation engine</a>
 */
@Component
class GenerationReaper {

    static final String STOPPED_RESPONDING = "The provider stopped responding; the video was not made.";
    /** A generation whose job just ended may still read as open for a moment: leave recent ones alone. */
    private static final Duration GRACE = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(GenerationReaper.class);

    private final GenerationRepository generations;
    private final GenerationRunner runner;
    private final ProviderRegistry providers;
    private final SchedulerClient scheduler;
    private final CustomTask<String> generationJob;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration stuckAfter;

    GenerationReaper(GenerationRepository generations, GenerationRunner runner, ProviderRegistry providers,
            SchedulerClient scheduler, CustomTask<String> generationJob, TransactionTemplate transaction,
            Clock clock, @Value("${clapboard.generation.reaper.stuck-after:PT2H}") Duration stuckAfter) {
        this.generations = generations;
        this.runner = runner;
        this.providers = providers;
        this.scheduler = scheduler;
        this.generationJob = generationJob;
        this.transaction = transaction;
        this.clock = clock;
        this.stuckAfter = stuckAfter;
    }

    /** What the reaper did with each generation it looked at. */
    enum Outcome { LEFT, REQUEUED, FAILED }

    /** Looks at every open generation once; returns how many it re-queued or failed. */
    int reap() {
        int resolved = 0;
        for (var row : generations.openInAnyWorkspace()) {
            long workspaceId = ((Number) row[0]).longValue();
            long id = ((Number) row[1]).longValue();
            try {
                if (SystemActor.callInWorkspace(workspaceId, () -> resolve(id)) != Outcome.LEFT) {
                    resolved++;
                }
            } catch (RuntimeException e) {
                log.warn("Could not check generation {} for being stuck", id, e);
            }
        }
        return resolved;
    }

    private Outcome resolve(long id) {
        var generation = transaction.execute(status -> generations.findById(id).orElse(null));
        var now = clock.instant();
        if (generation == null || generation.getStatus().isFinal()
                || generation.lastMovedAt().isAfter(now.minus(GRACE))) {
            return Outcome.LEFT;
        }
        var job = TaskInstanceId.of(GenerationTask.NAME, "generation-" + id);
        if (scheduler.getScheduledExecution(job).isPresent()) {
            if (generation.getProviderJobId() != null && generation.lastMovedAt().isBefore(now.minus(stuckAfter))) {
                return failed(generation, "no progress since " + generation.lastMovedAt());
            }
            return Outcome.LEFT; // queued behind a busy provider, or moving
        }
        if (generation.getProviderJobId() == null || stillAnswers(generation)) {
            // due at once by the queue's own time (db-scheduler runs on the system clock)
            scheduler.scheduleIfNotExists(GenerationTask.instanceFor(generationJob, generation), Instant.now());
            log.warn("Generation {} had no job in the queue; queued it again", id);
            return Outcome.REQUEUED;
        }
        return failed(generation, "its job is gone and the provider no longer knows it");
    }

    /**
     * Whether the provider can still tell us about the job; the runner then takes it from wherever it stands. A
     * provider that is only down for now (a retryable error) gets the runner's retries, which end the generation
     * with the provider's own reason if it stays down; one that no longer knows the job cannot help.
     */
    private boolean stillAnswers(Generation generation) {
        try {
            providers.get(generation.getProviderId()).status(generation.getProviderJobId());
            return true;
        } catch (ProviderException e) {
            log.info("Provider cannot report on generation {}: {}", generation.getId(), e.getMessage());
            return e.retryable();
        } catch (RuntimeException e) {
            log.info("Provider cannot report on generation {}: {}", generation.getId(), e.getMessage());
            return false;
        }
    }

    /** Asks the provider to stop a job we give up on, so it is not charged for; it may already be gone. */
    private void cancelAtProvider(Generation generation) {
        var jobId = generation.getProviderJobId();
        var provider = providers.find(generation.getProviderId()).orElse(null);
        if (jobId != null && provider != null && provider.canCancel()) {
            try {
                provider.cancel(jobId);
            } catch (RuntimeException e) {
                log.info("Provider did not cancel job {}: {}", jobId, e.getMessage());
            }
        }
    }

    private Outcome failed(Generation generation, String why) {
        log.warn("Generation {} stopped responding ({}); ending it as failed", generation.getId(), why);
        cancelAtProvider(generation);
        runner.fail(generation.getId(), STOPPED_RESPONDING);
        return Outcome.FAILED;
    }
}
