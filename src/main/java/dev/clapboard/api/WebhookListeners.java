package dev.clapboard.api;

import dev.clapboard.compliance.ConsentRevoked;
import dev.clapboard.finance.BudgetThresholdReached;
import dev.clapboard.generation.GenerationFailed;
import dev.clapboard.generation.GenerationSucceeded;
import dev.clapboard.review.ReviewDecided;
import dev.clapboard.review.ReviewState;
import dev.clapboard.security.SystemActor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Feeds outgoing webhooks from other features' events, after their transaction committed, as the event's
 * workspace (not {@code @ApplicationModuleListener}: see decision 0003 on the tenant of a session).
 */
@Component
class WebhookListeners {

    private final WebhookOutbox outbox;
    private final String baseUrl;

    WebhookListeners(WebhookOutbox outbox, @Value("${clapboard.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(GenerationSucceeded e) {
        var data = generation(e.generationId(), e.campaignId(), e.cardId());
        data.put("videoUrl", baseUrl + "/api/v1/generations/" + e.generationId() + "/video");
        send(e.workspaceId(), WebhookEvent.GENERATION_SUCCEEDED, data);
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(GenerationFailed e) {
        var data = generation(e.generationId(), e.campaignId(), e.cardId());
        data.put("reason", e.reason());
        send(e.workspaceId(), WebhookEvent.GENERATION_FAILED, data);
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(ReviewDecided e) {
        if (e.state() != ReviewState.APPROVED) {
            return;
        }
        var data = generation(e.generationId(), e.campaignId(), e.cardId());
        data.put("reviewer", e.reviewerName());
        data.put("note", e.note());
        data.put("videoUrl", baseUrl + "/api/v1/generations/" + e.generationId() + "/video");
        send(e.workspaceId(), WebhookEvent.GENERATION_APPROVED, data);
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(BudgetThresholdReached e) {
        var data = new LinkedHashMap<String, Object>();
        data.put("campaignId", e.campaignId());
        data.put("campaignName", e.campaignName());
        data.put("percent", e.percent());
        data.put("spend", e.spend());
        data.put("budget", e.budget());
        send(e.workspaceId(), WebhookEvent.BUDGET_THRESHOLD_REACHED, data);
    }

    /** Tells the receiver which published videos to take down: the flagged ones, by generation id. */
    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(ConsentRevoked e) {
        var data = new LinkedHashMap<String, Object>();
        data.put("consentId", e.consentId());
        data.put("personId", e.personId());
        data.put("personName", e.personName());
        data.put("revokedBy", e.revokedBy());
        data.put("revokedAt", e.at().toString());
        data.put("campaignIds", e.campaignIds());
        data.put("flaggedGenerationIds", e.affectedGenerationIds());
        send(e.workspaceId(), WebhookEvent.CONSENT_REVOKED, data);
    }

    private static Map<String, Object> generation(long generationId, long campaignId, @Nullable Long cardId) {
        var data = new LinkedHashMap<String, Object>();
        data.put("generationId", generationId);
        data.put("campaignId", campaignId);
        data.put("cardId", cardId);
        return data;
    }

    private void send(long workspaceId, WebhookEvent event, Map<String, Object> data) {
        SystemActor.runInWorkspace(workspaceId, () -> outbox.enqueue(event, data));
    }
}
