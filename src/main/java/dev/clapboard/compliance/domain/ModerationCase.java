package dev.clapboard.compliance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A prompt moderation held for a manager ("needs review"), and the manager's release of it. */
@Entity
@Table(name = "compliance_moderation_case")
public class ModerationCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private String promptHash;
    private String promptText;
    private long campaignId;
    private @Nullable Long cardId;
    private @Nullable Long promptVersionId;
    private String reason;
    private String status;
    private String requestedBy;
    private Instant requestedAt;
    private @Nullable String releasedBy;
    private @Nullable Instant releasedAt;
    private @Nullable String releaseNote;

    public static final String WAITING = "WAITING";
    public static final String RELEASED = "RELEASED";

    protected ModerationCase() {
        this.promptHash = "";
        this.promptText = "";
        this.reason = "";
        this.status = WAITING;
        this.requestedBy = "";
        this.requestedAt = Instant.EPOCH;
    }

    public ModerationCase(String promptHash, String promptText, long campaignId, @Nullable Long cardId,
            @Nullable Long promptVersionId, String reason, String requestedBy, Instant requestedAt) {
        this();
        this.promptHash = promptHash;
        this.promptText = promptText;
        this.campaignId = campaignId;
        this.cardId = cardId;
        this.promptVersionId = promptVersionId;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public void release(String by, Instant at, String note) {
        this.status = RELEASED;
        this.releasedBy = by;
        this.releasedAt = at;
        this.releaseNote = note;
    }

    public boolean isReleased() {
        return RELEASED.equals(status);
    }

    public long getId() {
        return java.util.Objects.requireNonNull(id);
    }

    public @Nullable Long getWorkspaceId() {
        return workspaceId;
    }

    public String getPromptHash() {
        return promptHash;
    }

    public String getPromptText() {
        return promptText;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public @Nullable Long getCardId() {
        return cardId;
    }

    public @Nullable Long getPromptVersionId() {
        return promptVersionId;
    }

    public String getReason() {
        return reason;
    }

    public String getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public @Nullable String getReleasedBy() {
        return releasedBy;
    }

    public @Nullable Instant getReleasedAt() {
        return releasedAt;
    }

    public @Nullable String getReleaseNote() {
        return releaseNote;
    }
}
