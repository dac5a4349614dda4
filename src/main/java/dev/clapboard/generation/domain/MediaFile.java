package dev.clapboard.generation.domain;

import dev.clapboard.generation.provider.OutputVariant;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A file in the media store, owned by one workspace. Written once, never changed. */
@Entity
@Immutable
public class MediaFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    @Enumerated(EnumType.STRING)
    private OutputVariant kind;
    private String contentType;
    private String storageKey;
    private long sizeBytes;
    private String sha256;
    private Instant createdAt;

    protected MediaFile() {
        this.kind = OutputVariant.VIDEO;
        this.contentType = "";
        this.storageKey = "";
        this.sha256 = "";
        this.createdAt = Instant.EPOCH;
    }

    public MediaFile(OutputVariant kind, String storageKey, long sizeBytes, String sha256, Instant createdAt) {
        this.kind = kind;
        this.contentType = kind.contentType;
        this.storageKey = storageKey;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.createdAt = createdAt;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("Media file not saved yet");
        }
        return id;
    }

    public long getWorkspaceId() {
        if (workspaceId == null) {
            throw new IllegalStateException("Media file not saved yet");
        }
        return workspaceId;
    }

    public OutputVariant getKind() {
        return kind;
    }

    public String getContentType() {
        return contentType;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }
}
