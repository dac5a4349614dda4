package dev.clapboard.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One in-app notification for one member of a workspace; unread until {@code readAt} is set. */
@Entity
public class Notification {

    public static final int TEXT_MAX_LENGTH = 1000;
    public static final int LINK_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long recipientAccountId;
    private String kind;
    private String text;
    private String link;
    private Instant createdAt;
    private @Nullable Instant readAt;

    protected Notification() {
        this.kind = "";
        this.text = "";
        this.link = "";
        this.createdAt = Instant.EPOCH;
    }

    public Notification(long recipientAccountId, String kind, String text, String link, Instant createdAt) {
        this.recipientAccountId = recipientAccountId;
        this.kind = kind;
        this.text = text.length() > TEXT_MAX_LENGTH ? text.substring(0, TEXT_MAX_LENGTH - 1) + "…" : text;
        this.link = link.length() > LINK_MAX_LENGTH ? "" : link;
        this.createdAt = createdAt;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("Notification not saved yet");
        }
        return id;
    }

    public long getRecipientAccountId() {
        return recipientAccountId;
    }

    public String getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getReadAt() {
        return readAt;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }
}
