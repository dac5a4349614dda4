package dev.clapboard.api;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.io.Serializable;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job queue's task for outgoing webhooks: one instance per message, carrying its workspace. Each run makes
 * one attempt and says when to try again, so retries survive restarts and run on any node.
 */
@Configuration
class WebhookTask {

    static final String NAME = "outgoing-webhook";

    record Ref(long workspaceId, long messageId) implements Serializable {
    }

    @Bean
    CustomTask<Ref> outgoingWebhookJob(WebhookSender sender) {
        return Tasks.custom(NAME, Ref.class)
                .onFailureReschedule(FixedDelay.of(Duration.ofMinutes(1)))
                .onDeadExecutionRevive()
                .execute((instance, context) -> {
                    var next = sender.attempt(instance.getData());
                    if (next == null) {
                        return (complete, operations) -> operations.remove();
                    }
                    return (complete, operations) -> operations.reschedule(complete, next);
                });
    }

    static TaskInstance<Ref> instance(CustomTask<Ref> job, long workspaceId, long messageId) {
        return job.instance("webhook-message-" + messageId, new Ref(workspaceId, messageId));
    }
}
