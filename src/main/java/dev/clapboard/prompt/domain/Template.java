package dev.clapboard.prompt.domain;

import dev.clapboard.prompt.TemplateCategory;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A prompt template the workspace wrote or copied from a built-in one. */
@Entity
@Table(name = "prompt_template")
public class Template {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private String name;
    @Enumerated(EnumType.STRING)
    private TemplateCategory category;
    private String description;
    private String body;
    private String exampleOutput;
    private @Nullable String copiedFrom;
    private long createdByAccountId;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Template() {
        this("", TemplateCategory.PRODUCT_PRESENTATION, "", "", "", null, 0, Instant.EPOCH);
    }

    public Template(String name, TemplateCategory category, String description, String body, String exampleOutput,
            @Nullable String copiedFrom, long createdByAccountId, Instant createdAt) {
        this.name = name;
        this.category = category;
        this.description = description;
        this.body = body;
        this.exampleOutput = exampleOutput;
        this.copiedFrom = copiedFrom;
        this.createdByAccountId = createdByAccountId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public void change(String name, TemplateCategory category, String description, String body, String exampleOutput,
            Instant when) {
        this.name = name;
        this.category = category;
        this.description = description;
        this.body = body;
        this.exampleOutput = exampleOutput;
        this.updatedAt = when;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("Template not saved yet");
        }
        return id;
    }

    public String getName() {
        return name;
    }

    public TemplateCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public String getBody() {
        return body;
    }

    public String getExampleOutput() {
        return exampleOutput;
    }

    public @Nullable String getCopiedFrom() {
        return copiedFrom;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
