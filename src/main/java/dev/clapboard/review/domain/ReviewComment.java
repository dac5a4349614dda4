package dev.clapboard.review.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A comment at a moment (or a span) of a generation's video; a reply points at the comment it answers. */
@Entity
public class ReviewComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long generationId;
    private @Nullable Long parentId;
    private @Nullable Long authorAccountId;
    private String authorName;
    private boolean external;
    private String body;
    private long atMillis;
    private @Nullable Long untilMillis;
    private boolean resolved;
    private Instant createdAt;
    private @Nullable Instant editedAt;
    @Version
    private long version;

    protected ReviewComment() {
        this.authorName = "";
        this.body = "";
        this.createdAt = Instant.EPOCH;
    }

    public ReviewComment(long generationId, @Nullable Long parentId, @Nullable Long authorAccountId, String authorName,
            String body, long atMillis, @Nullable Long untilMillis, Instant createdAt) {
        this.generationId = generationId;
        this.parentId = parentId;
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.body = body;
        this.atMillis = atMillis;
        this.untilMillis = untilMillis;
        this.createdAt = createdAt;
    }

    /** Marks the comment as written by a guest through a review link, not by a member. */
    public void external() {
        this.external = true;
    }

    public boolean isExternal() {
        return external;
    }

    public void edit(String body, Instant at) {
        this.body = body;
        this.editedAt = at;
    }

    public void setResolved(boolean resolved) {
        this.resolved = resolved;
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public long getGenerationId() {
        return generationId;
    }

    public @Nullable Long getParentId() {
        return parentId;
    }

    public @Nullable Long getAuthorAccountId() {
        return authorAccountId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public long getAtMillis() {
        return atMillis;
    }

    public @Nullable Long getUntilMillis() {
        return untilMillis;
    }

    public boolean isResolved() {
        return resolved;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getEditedAt() {
        return editedAt;
    }
}
