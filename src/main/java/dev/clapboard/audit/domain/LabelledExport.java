package dev.clapboard.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A copy of an output with the AI label burned in and the provenance in its metadata, stored in the media store. */
@Entity
@Immutable
public class LabelledExport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long generationId;
    private long campaignId;
    private long mediaId;
    @Column(name = "media_sha256")
    private String mediaSha256;
    private String labelText;
    private String position;
    private long createdBy;
    private Instant createdAt;

    protected LabelledExport() {
        this.mediaSha256 = "";
        this.labelText = "";
        this.position = "";
        this.createdAt = Instant.EPOCH;
    }

    public LabelledExport(long generationId, long campaignId, long mediaId, String mediaSha256, String labelText,
            String position, long createdBy, Instant createdAt) {
        this.generationId = generationId;
        this.campaignId = campaignId;
        this.mediaId = mediaId;
        this.mediaSha256 = mediaSha256;
        this.labelText = labelText;
        this.position = position;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("Labelled export not saved yet");
        }
        return id;
    }

    public long getGenerationId() {
        return generationId;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getMediaId() {
        return mediaId;
    }

    public String getMediaSha256() {
        return mediaSha256;
    }

    public String getLabelText() {
        return labelText;
    }

    public String getPosition() {
        return position;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
