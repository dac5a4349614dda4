package dev.clapboard.audit.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Where a stored output came from: the generation's provider, model, prompt (version and hash), settings,
 * requester and stored file. Written once when the output is stored; only the approvers grow later.
 */
@Entity
public class ProvenanceRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long generationId;
    private long campaignId;
    private String providerId;
    private String model;
    private @Nullable Long promptVersionId;
    @Column(name = "prompt_sha256")
    private String promptSha256;
    private String size;
    private int durationSeconds;
    private String style;
    private int variantIndex;
    private long requestedBy;
    private String requesterName;
    private Instant requestedAt;
    private Instant storedAt;
    private long mediaId;
    @Column(name = "media_sha256")
    private String mediaSha256;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "provenance_approver", joinColumns = @JoinColumn(name = "provenance_id"))
    @OrderBy("approvedAt")
    private List<Approver> approvers = new ArrayList<>();

    protected ProvenanceRecord() {
        this.providerId = "";
        this.model = "";
        this.promptSha256 = "";
        this.size = "";
        this.style = "";
        this.requesterName = "";
        this.requestedAt = Instant.EPOCH;
        this.storedAt = Instant.EPOCH;
        this.mediaSha256 = "";
    }

    public record Source(long generationId, long campaignId, String providerId, String model,
            @Nullable Long promptVersionId, String promptSha256, String size, int durationSeconds, String style,
            int variantIndex, long requestedBy, String requesterName, Instant requestedAt) {
    }

    public ProvenanceRecord(Source source, long mediaId, String mediaSha256, Instant storedAt) {
        this.generationId = source.generationId();
        this.campaignId = source.campaignId();
        this.providerId = source.providerId();
        this.model = source.model();
        this.promptVersionId = source.promptVersionId();
        this.promptSha256 = source.promptSha256();
        this.size = source.size();
        this.durationSeconds = source.durationSeconds();
        this.style = source.style();
        this.variantIndex = source.variantIndex();
        this.requestedBy = source.requestedBy();
        this.requesterName = source.requesterName();
        this.requestedAt = source.requestedAt();
        this.mediaId = mediaId;
        this.mediaSha256 = mediaSha256;
        this.storedAt = storedAt;
    }

    /** Adds an approver once; a second approval by the same member changes nothing. */
    public void approvedBy(long accountId, String name, Instant at) {
        if (approvers.stream().noneMatch(a -> a.accountId == accountId)) {
            approvers.add(new Approver(accountId, name, at));
        }
    }

    @Embeddable
    public static class Approver {
        private long accountId;
        private String name;
        private Instant approvedAt;

        protected Approver() {
            this.name = "";
            this.approvedAt = Instant.EPOCH;
        }

        Approver(long accountId, String name, Instant approvedAt) {
            this.accountId = accountId;
            this.name = name;
            this.approvedAt = approvedAt;
        }

        public long getAccountId() {
            return accountId;
        }

        public String getName() {
            return name;
        }

        public Instant getApprovedAt() {
            return approvedAt;
        }
    }

    public long getGenerationId() {
        return generationId;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public String getProviderId() {
        return providerId;
    }

    public String getModel() {
        return model;
    }

    public @Nullable Long getPromptVersionId() {
        return promptVersionId;
    }

    public String getPromptSha256() {
        return promptSha256;
    }

    public String getSize() {
        return size;
    }

    public int getDurationSeconds() {
        return durationSeconds;
    }

    public String getStyle() {
        return style;
    }

    public int getVariantIndex() {
        return variantIndex;
    }

    public long getRequestedBy() {
        return requestedBy;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getStoredAt() {
        return storedAt;
    }

    public long getMediaId() {
        return mediaId;
    }

    public String getMediaSha256() {
        return mediaSha256;
    }

    public List<Approver> getApprovers() {
        return List.copyOf(approvers);
    }
}
