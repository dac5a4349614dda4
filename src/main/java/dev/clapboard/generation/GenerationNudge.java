package dev.clapboard.generation;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import dev.clapboard.generation.domain.GenerationRepository;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the job queue look at a generation now instead of at its next poll, e.g. when a provider's webhook
 * says the job ended. Polling stays the reconciler: a lost nudge only delays the result. Runs as the
 * workspace of the generation (the caller names it through {@code SystemActor}).
 */
@Component
public class GenerationNudge {

    private static final Logger log = LoggerFactory.getLogger(GenerationNudge.class);

    private final GenerationRepository generations;
    private final SchedulerClient scheduler;
    private final TransactionTemplate transaction;
    private final Clock clock;

    GenerationNudge(GenerationRepository generations, SchedulerClient scheduler, TransactionTemplate transaction,
            Clock clock) {
        this.generations = generations;
        this.scheduler = scheduler;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** @return whether a running generation with that job was found and its check moved to now */
    public boolean checkNow(String providerId, String providerJobId) {
        var generationId = transaction.execute(status -> generations
                .findFirstByProviderIdAndProviderJobId(providerId, providerJobId)
                .filter(g -> !g.getStatus().isFinal()).map(g -> g.getId()).orElse(null));
        if (generationId == null) {
            return false;
        }
        try {
            return scheduler.reschedule(TaskInstanceId.of(GenerationTask.NAME, "generation-" + generationId),
                    clock.instant());
        } catch (RuntimeException e) {
            // the job is running right now (or just ended): that run sees the new state anyway
            log.debug("Generation {} not rescheduled: {}", generationId, e.getMessage());
            return false;
        }
    }
}
