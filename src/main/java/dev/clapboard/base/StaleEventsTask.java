package dev.clapboard.base;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Looks for stale event publications on the shared job queue: every node registers the recurring task, and
 * db-scheduler runs each tick on one node only, so the nodes take turns instead of racing for the same rows.
 */
@Configuration
class StaleEventsTask {

    static final String NAME = "redeliver-stale-events";

    @Bean
    RecurringTask<Void> staleEventsJob(StaleEvents staleEvents,
            @Value("${clapboard.events.redeliver-every:PT1M}") Duration every) {
        return Tasks.recurring(NAME, FixedDelay.of(every)).execute((instance, context) -> staleEvents.redeliver());
    }
}
