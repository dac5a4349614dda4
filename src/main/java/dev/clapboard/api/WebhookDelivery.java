package dev.clapboard.api;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One event sent (or being sent) to an endpoint, with every attempt. {@code status}: PENDING (an attempt is due),
 * DELIVERED (answered 2xx), GAVE_UP (no 2xx within 24 hours).
 */
public record WebhookDelivery(long id, String messageId, WebhookEvent event, String status, int attempts,
        @Nullable Integer lastStatus, @Nullable String lastError, Instant createdAt, @Nullable Instant nextAttemptAt,
        @Nullable Instant deliveredAt, List<Attempt> log) {

    /** One HTTP attempt: the status code answered, or the error when there was no answer. */
    public record Attempt(int attempt, Instant at, @Nullable Integer statusCode, @Nullable String error,
            long durationMillis) {
    }
}
