package dev.clapboard.api.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One event for one endpoint: the exact payload signed on every attempt, and where its delivery stands. */
@Entity
@Table(name = "outgoing_webhook_message")
public class WebhookMessage {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String GAVE_UP = "GAVE_UP";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long webhookId;
    private String messageId;
    private String eventType;
    private String payload;
    private String status = PENDING;
    private int attempts;
    private @Nullable Integer lastStatus;
    private @Nullable String lastError;
    private Instant createdAt;
    private @Nullable Instant nextAttemptAt;
    private @Nullable Instant deliveredAt;
    @Version
    private long version;

    protected WebhookMessage() {
        this.messageId = "";
        this.eventType = "";
        this.payload = "";
        this.createdAt = Instant.EPOCH;
    }

    public WebhookMessage(long webhookId, String messageId, String eventType, String payload, Instant createdAt) {
        this.webhookId = webhookId;
        this.messageId = messageId;
        this.eventType = eventType;
        this.payload = payload;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    /** Records an attempt's outcome: delivered, due again at {@code next}, or given up when {@code next} is null. */
    public void attempted(@Nullable Integer statusCode, @Nullable String error, Instant at, @Nullable Instant next) {
        attempts++;
        lastStatus = statusCode;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        boolean ok = statusCode != null && statusCode >= 200 && statusCode < 300;
        status = ok ? DELIVERED : next == null ? GAVE_UP : PENDING;
        deliveredAt = ok ? at : deliveredAt;
        nextAttemptAt = ok ? null : next;
    }

    public void redeliverAt(Instant at) {
        status = PENDING;
        nextAttemptAt = at;
    }

    public long getId() {
        return Objects.requireNonNull(id);
    }

    public long getWorkspaceId() {
        return Objects.requireNonNull(workspaceId);
    }

    public long getWebhookId() {
        return webhookId;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getEventType() {
        return eventType;
    }

    public String getPayload() {
        return payload;
    }

    public String getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public @Nullable Integer getLastStatus() {
        return lastStatus;
    }

    public @Nullable String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public @Nullable Instant getDeliveredAt() {
        return deliveredAt;
    }
}
