package dev.clapboard.api.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * An endpoint of one workspace that receives signed event deliveries. {@code events} is space-separated event
 * types. The secret is kept as issued: signing needs it (see decision 0013 on sealing it).
 */
@Entity
public class OutgoingWebhook {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private String url;
    private String secret;
    private String events;
    private boolean allowPrivate;
    private boolean enabled = true;
    private Instant createdAt;
    @Version
    private long version;

    protected OutgoingWebhook() {
        this.url = "";
        this.secret = "";
        this.events = "";
        this.createdAt = Instant.EPOCH;
    }

    public OutgoingWebhook(String url, String secret, String events, boolean allowPrivate, Instant createdAt) {
        this.url = url;
        this.secret = secret;
        this.events = events;
        this.allowPrivate = allowPrivate;
        this.createdAt = createdAt;
    }

    public long getId() {
        return Objects.requireNonNull(id);
    }

    public long getWorkspaceId() {
        return Objects.requireNonNull(workspaceId);
    }

    public String getUrl() {
        return url;
    }

    public String getSecret() {
        return secret;
    }

    public String getEvents() {
        return events;
    }

    public boolean isAllowPrivate() {
        return allowPrivate;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void disable() {
        enabled = false;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean wants(String eventType) {
        return enabled && (" " + events + " ").contains(" " + eventType + " ");
    }
}
