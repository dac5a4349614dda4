package dev.clapboard.api.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One HTTP attempt of a delivery, for the delivery log. */
@Entity
@Table(name = "outgoing_webhook_attempt")
public class WebhookAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long messageId;
    private int attempt;
    private Instant attemptedAt;
    private @Nullable Integer statusCode;
    private @Nullable String error;
    private long durationMs;

    protected WebhookAttempt() {
        this.attemptedAt = Instant.EPOCH;
    }

    public WebhookAttempt(long messageId, int attempt, Instant attemptedAt, @Nullable Integer statusCode,
            @Nullable String error, long durationMs) {
        this.messageId = messageId;
        this.attempt = attempt;
        this.attemptedAt = attemptedAt;
        this.statusCode = statusCode;
        this.error = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        this.durationMs = durationMs;
    }

    public int getAttempt() {
        return attempt;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public @Nullable Integer getStatusCode() {
        return statusCode;
    }

    public @Nullable String getError() {
        return error;
    }

    public long getDurationMs() {
        return durationMs;
    }
}
