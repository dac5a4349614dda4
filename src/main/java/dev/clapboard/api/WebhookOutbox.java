package dev.clapboard.api;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import dev.clapboard.api.domain.OutgoingWebhookRepository;
import dev.clapboard.api.domain.WebhookMessage;
import dev.clapboard.api.domain.WebhookMessageRepository;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an event into one message per subscribed endpoint of the current workspace and queues its delivery,
 * in one transaction: the payload is fixed once, so every attempt (and a redelivery) signs the same bytes. Called
 * by {@link WebhookListeners} as the system actor and by {@link WebhookService} for admins only.
 */
@Component
@Transactional
class WebhookOutbox {

    private final OutgoingWebhookRepository webhooks;
    private final WebhookMessageRepository messages;
    private final SchedulerClient scheduler;
    private final CustomTask<WebhookTask.Ref> job;
    private final JsonMapper json;
    private final Clock clock;

    WebhookOutbox(OutgoingWebhookRepository webhooks, WebhookMessageRepository messages, SchedulerClient scheduler,
            CustomTask<WebhookTask.Ref> job, JsonMapper json, Clock clock) {
        this.webhooks = webhooks;
        this.messages = messages;
        this.scheduler = scheduler;
        this.job = job;
        this.json = json;
        this.clock = clock;
    }

    public void enqueue(WebhookEvent event, Map<String, Object> data) {
        var now = clock.instant();
        for (var webhook : webhooks.findByEnabledTrue()) {
            if (!webhook.wants(event.type())) {
                continue;
            }
            var messageId = "msg_" + UUID.randomUUID().toString().replace("-", "");
            var payload = new LinkedHashMap<String, Object>();
            payload.put("type", event.type());
            payload.put("timestamp", now.toString());
            payload.put("data", data);
            var message = messages.save(new WebhookMessage(webhook.getId(), messageId, event.type(),
                    json.writeValueAsString(payload), now));
            scheduler.scheduleIfNotExists(WebhookTask.instance(job, message.getWorkspaceId(), message.getId()), now);
        }
    }

    /** Queues one more attempt of {@code message} now, whether it was delivered, given up or still retrying. */
    public void redeliver(WebhookMessage message) {
        var now = clock.instant();
        message.redeliverAt(now);
        var instance = WebhookTask.instance(job, message.getWorkspaceId(), message.getId());
        if (!scheduler.scheduleIfNotExists(instance, now)) {
            scheduler.reschedule(instance, now);
        }
    }
}
