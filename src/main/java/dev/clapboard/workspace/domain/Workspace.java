package dev.clapboard.workspace.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A team's workspace: the tenant every campaign, prompt and video belongs to. */
@Entity
public class Workspace {

    public static final int NAME_MAX_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String name;
    private Instant createdAt;
    @Version
    private long version;

    protected Workspace() {
        this.name = "";
        this.createdAt = Instant.EPOCH;
    }

    public Workspace(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("Workspace not saved yet");
        }
        return id;
    }

    public String getName() {
        return name;
    }
}
