package dev.clapboard.prompt.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One saved version of a prompt, exactly as written. {@code @Immutable}: Hibernate never writes a change to it
 * and refuses update queries against it; there are no setters, and a new save is a new row.
 *
 * @see <a href="../../../../../../docs/decisions/0005-prompt-versions-and-templates.md">0005 Prompt versions</a>
 */
@Entity
@Immutable
@Table(name = "prompt_version")
public class PromptRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long promptId;
    @Column(name = "version_number")
    private int number;
    private String body;
    private @Nullable String structuredJson;
    private @Nullable String style;
    private @Nullable String audience;
    private @Nullable Integer durationSeconds;
    private @Nullable String aspectRatio;
    private String note;
    private long authorAccountId;
    private Instant createdAt;
    private @Nullable String siblingGroup;
    private @Nullable Long parentVersionId;
    private @Nullable String templateKey;

    protected PromptRevision() {
        this.body = "";
        this.note = "";
        this.createdAt = Instant.EPOCH;
    }

    /** What a new version holds besides its place in the history. */
    public record Content(String body, @Nullable String structuredJson, @Nullable String style,
            @Nullable String audience, @Nullable Integer durationSeconds, @Nullable String aspectRatio,
            @Nullable String templateKey) {
    }

    public PromptRevision(Prompt prompt, Content content, String note, long authorAccountId, Instant createdAt,
            @Nullable String siblingGroup, @Nullable Long parentVersionId) {
        this.promptId = prompt.getId();
        this.number = prompt.nextNumber();
        this.body = content.body();
        this.structuredJson = content.structuredJson();
        this.style = content.style();
        this.audience = content.audience();
        this.durationSeconds = content.durationSeconds();
        this.aspectRatio = content.aspectRatio();
        this.templateKey = content.templateKey();
        this.note = note;
        this.authorAccountId = authorAccountId;
        this.createdAt = createdAt;
        this.siblingGroup = siblingGroup;
        this.parentVersionId = parentVersionId;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("Version not saved yet");
        }
        return id;
    }

    public long getPromptId() {
        return promptId;
    }

    public int getNumber() {
        return number;
    }

    public String getBody() {
        return body;
    }

    public Content getContent() {
        return new Content(body, structuredJson, style, audience, durationSeconds, aspectRatio, templateKey);
    }

    public String getNote() {
        return note;
    }

    public long getAuthorAccountId() {
        return authorAccountId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable String getSiblingGroup() {
        return siblingGroup;
    }

    public @Nullable Long getParentVersionId() {
        return parentVersionId;
    }
}
