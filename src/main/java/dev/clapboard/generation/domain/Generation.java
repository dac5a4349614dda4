package dev.clapboard.generation.domain;

import dev.clapboard.base.Money;
import dev.clapboard.generation.GenerationStatus;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One video asked of a provider: the exact prompt text and settings (never changed afterwards), where the
 * job stands, and the stored outputs once it succeeded.
 */
@Entity
public class Generation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long campaignId;
    private @Nullable Long cardId;
    private @Nullable Long promptVersionId;
    private String batchId;
    private int variantIndex;
    private String promptText;
    private String providerId;
    private String model;
    private int width;
    private int height;
    private int durationSeconds;
    private String style;
    private long seed;
    @Enumerated(EnumType.STRING)
    private GenerationStatus status = GenerationStatus.QUEUED;
    private int progressPercent;
    private @Nullable String providerJobId;
    private @Nullable String failureReason;
    private int attempts;
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "estimate_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "estimate_currency"))
    private Money estimate;
    private @Nullable Long quotaReservationId;
    @jakarta.persistence.Column(name = "estimate_eur")
    private java.math.BigDecimal estimateEur = java.math.BigDecimal.ZERO;
    private long requestedBy;
    private Instant requestedAt;
    private @Nullable Instant finishedAt;
    private @Nullable Instant outputsExpireAt;
    /** When the job last moved (submitted, new progress); the reaper resolves jobs that stopped moving. */
    private @Nullable Instant progressedAt;
    private @Nullable Long videoMediaId;
    private @Nullable Long thumbnailMediaId;
    private @Nullable Long retryOfId;
    private @Nullable Long referenceMediaId;
    @Column(name = "remixed_from")
    private @Nullable Long remixedFromId;
    private @Nullable Integer framesPerSecond;
    @Version
    private long version;

    protected Generation() {
        this.batchId = "";
        this.promptText = "";
        this.providerId = "";
        this.model = "";
        this.style = "";
        this.estimate = Money.euros(0);
        this.requestedAt = Instant.EPOCH;
    }

    public Generation(Settings settings, String batchId, int variantIndex, long seed, Money estimate, long requestedBy,
            Instant requestedAt) {
        this.campaignId = settings.campaignId();
        this.cardId = settings.cardId();
        this.promptVersionId = settings.promptVersionId();
        this.promptText = settings.promptText();
        this.providerId = settings.providerId();
        this.model = settings.model();
        this.width = settings.width();
        this.height = settings.height();
        this.durationSeconds = settings.durationSeconds();
        this.style = settings.style();
        this.batchId = batchId;
        this.variantIndex = variantIndex;
        this.seed = seed;
        this.estimate = estimate;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    /** What was asked, copied onto every generation of a request. */
    public record Settings(long campaignId, @Nullable Long cardId, @Nullable Long promptVersionId, String promptText,
            String providerId, String model, int width, int height, int durationSeconds, String style) {
    }

    public Settings settings() {
        return new Settings(campaignId, cardId, promptVersionId, promptText, providerId, model, width, height,
                durationSeconds, style);
    }

    public void submitted(String jobId, Instant at) {
        this.providerJobId = jobId;
        this.progressedAt = at;
        this.status = GenerationStatus.RUNNING;
        this.attempts++;
    }

    /** Takes one of the provider's slots before submitting, so others see it as running. */
    public void claimSlot() {
        this.status = GenerationStatus.RUNNING;
    }

    /** Forgets the provider's job so the next step submits again, e.g. after the provider lost it. */
    public void resubmit() {
        this.providerJobId = null;
        this.status = GenerationStatus.QUEUED;
        this.progressPercent = 0;
    }

    public void progressed(int percent, Instant at) {
        this.status = GenerationStatus.RUNNING;
        var now = Math.max(progressPercent, Math.min(99, percent));
        if (now != progressPercent || progressedAt == null) {
            this.progressedAt = at;
        }
        this.progressPercent = now;
    }

    /** When the job last moved forward, or when it was asked for if it never did. */
    public Instant lastMovedAt() {
        return progressedAt != null ? progressedAt : requestedAt;
    }

    public void succeeded(long videoMediaId, long thumbnailMediaId, Instant at) {
        this.status = GenerationStatus.SUCCEEDED;
        this.progressPercent = 100;
        this.videoMediaId = videoMediaId;
        this.thumbnailMediaId = thumbnailMediaId;
        this.finishedAt = at;
    }

    public void failed(String reason, Instant at) {
        this.status = GenerationStatus.FAILED;
        this.failureReason = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        this.finishedAt = at;
    }

    /** The provider said when it deletes the outputs; archiving must be done before then. */
    public void outputsExpire(Instant at) {
        this.outputsExpireAt = at;
    }

    public @Nullable Instant getOutputsExpireAt() {
        return outputsExpireAt;
    }

    public void archiveFailed(String reason, Instant at) {
        failed(reason, at);
        this.status = GenerationStatus.FAILED_ARCHIVE;
    }

    public void cancelled(Instant at) {
        this.status = GenerationStatus.CANCELLED;
        this.finishedAt = at;
    }

    /** The quota held for this generation, priced in the workspace's euros. */
    public void holdQuota(long reservationId, java.math.BigDecimal euros) {
        this.quotaReservationId = reservationId;
        this.estimateEur = euros;
    }

    public @Nullable Long getQuotaReservationId() {
        return quotaReservationId;
    }

    public java.math.BigDecimal getEstimateEur() {
        return estimateEur;
    }

    /** The stored image this generation starts from (its first frame). */
    public void startFrom(@Nullable Long referenceMediaId) {
        this.referenceMediaId = referenceMediaId;
    }

    public @Nullable Long getReferenceMediaId() {
        return referenceMediaId;
    }

    /** This generation is a new version of {@code generationId}'s output, with a changed prompt. */
    public void remixOf(long generationId) {
        this.remixedFromId = generationId;
    }

    public @Nullable Long getRemixedFromId() {
        return remixedFromId;
    }

    /** The frame rate the stored video declares. */
    public void playsAt(@Nullable Integer framesPerSecond) {
        this.framesPerSecond = framesPerSecond;
    }

    public @Nullable Integer getFramesPerSecond() {
        return framesPerSecond;
    }

    public void retryOf(long generationId) {
        this.retryOfId = generationId;
    }

    public void countAttempt() {
        this.attempts++;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("Generation not saved yet");
        }
        return id;
    }

    public long getWorkspaceId() {
        if (workspaceId == null) {
            throw new IllegalStateException("Generation not saved yet");
        }
        return workspaceId;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public @Nullable Long getCardId() {
        return cardId;
    }

    public String getBatchId() {
        return batchId;
    }

    public int getVariantIndex() {
        return variantIndex;
    }

    public String getPromptText() {
        return promptText;
    }

    public String getProviderId() {
        return providerId;
    }

    public String getModel() {
        return model;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public int getDurationSeconds() {
        return durationSeconds;
    }

    public String getStyle() {
        return style;
    }

    public long getSeed() {
        return seed;
    }

    public GenerationStatus getStatus() {
        return status;
    }

    public int getProgressPercent() {
        return progressPercent;
    }

    public @Nullable String getProviderJobId() {
        return providerJobId;
    }

    public @Nullable String getFailureReason() {
        return failureReason;
    }

    public int getAttempts() {
        return attempts;
    }

    public Money getEstimate() {
        return estimate;
    }

    public long getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public @Nullable Instant getFinishedAt() {
        return finishedAt;
    }

    public @Nullable Long getVideoMediaId() {
        return videoMediaId;
    }

    public @Nullable Long getThumbnailMediaId() {
        return thumbnailMediaId;
    }

    public @Nullable Long getRetryOfId() {
        return retryOfId;
    }
}
