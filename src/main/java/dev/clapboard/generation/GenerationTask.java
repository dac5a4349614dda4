package dev.clapboard.generation;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.clapboard.generation.domain.Generation;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The job queue's task for generations: one instance per generation, named after it, carrying its workspace
 * so the job can act as that tenant. Each run advances the generation one step and says when to look again.
 */
@Configuration
class GenerationTask {

    static final String NAME = "generation";

    /** The task data: where the job belongs and which generation it drives. */
    record Ref(long workspaceId, long generationId) {

        String encode() {
            return workspaceId + ":" + generationId;
        }

        static Ref decode(String data) {
            var parts = data.split(":");
            return new Ref(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        }
    }

    @Bean
    CustomTask<String> generationJob(GenerationRunner runner, GenerationMetrics metrics,
            @Value("${clapboard.generation.retry-after-error:PT30S}") Duration retryAfterError) {
        return Tasks.custom(NAME, String.class)
                // an unexpected exception (the database went away, not a provider's) is retried after a pause
                .onFailureReschedule(FixedDelay.of(retryAfterError))
                .onDeadExecutionRevive()
                .execute((instance, context) -> metrics.timeStep(() -> runner.advance(Ref.decode(instance.getData()))));
    }

    /** Once per cluster every few minutes: resolve generations whose job is gone or stopped moving. */
    @Bean
    RecurringTask<Void> generationReaperTask(@Lazy GenerationReaper reaper,
            @Value("${clapboard.generation.reaper.every:PT5M}") Duration every) {
        return Tasks.recurring("generation-reaper", FixedDelay.of(every)).execute((instance, context) -> reaper.reap());
    }

    static TaskInstance<String> instanceFor(CustomTask<String> job, Generation generation) {
        return job.instance("generation-" + generation.getId(),
                new Ref(generation.getWorkspaceId(), generation.getId()).encode());
    }
}
