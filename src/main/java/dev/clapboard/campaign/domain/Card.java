package dev.clapboard.campaign.domain;

import dev.clapboard.campaign.AspectRatio;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A concept or shot on a campaign's board. {@code sortKey} orders cards within their lane with gaps, so moving
 * a card usually rewrites only that card; {@code version} makes a second, stale save fail instead of
 * overwriting someone else's edit.
 */
@Entity
public class Card {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int BRIEF_MAX_LENGTH = 4000;
    public static final int SHORT_TEXT_MAX_LENGTH = 80;
    public static final int LABELS_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long campaignId;
    private long laneId;
    private long sortKey;
    private String title;
    private @Nullable String brief;
    private @Nullable String targetAudience;
    private @Nullable String style;
    @Enumerated(EnumType.STRING)
    private AspectRatio aspectRatio;
    private @Nullable Integer durationSeconds;
    private @Nullable Long assigneeAccountId;
    private @Nullable LocalDate dueDate;
    /** Comma-separated, so a lane page loads in one query without a join per card. */
    private String labels;
    private Instant createdAt;
    private Instant updatedAt;
    private String updatedByName;
    @Version
    private long version;

    protected Card() {
        this.title = "";
        this.aspectRatio = AspectRatio.WIDE;
        this.labels = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
        this.updatedByName = "";
    }

    public Card(long campaignId, long laneId, long sortKey, String title, Instant createdAt, String createdByName) {
        this.campaignId = campaignId;
        this.laneId = laneId;
        this.sortKey = sortKey;
        this.title = title;
        this.aspectRatio = AspectRatio.WIDE;
        this.labels = "";
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.updatedByName = createdByName;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("Card not saved yet");
        }
        return id;
    }

    /** Replaces what the card form edits; the caller has validated the values. */
    public void revise(String title, @Nullable String brief, @Nullable String targetAudience, @Nullable String style,
            AspectRatio aspectRatio, @Nullable Integer durationSeconds, @Nullable Long assigneeAccountId,
            @Nullable LocalDate dueDate, List<String> labels) {
        this.title = title;
        this.brief = brief;
        this.targetAudience = targetAudience;
        this.style = style;
        this.aspectRatio = aspectRatio;
        this.durationSeconds = durationSeconds;
        this.assigneeAccountId = assigneeAccountId;
        this.dueDate = dueDate;
        this.labels = String.join(",", labels);
    }

    public void placeIn(long laneId, long sortKey) {
        this.laneId = laneId;
        this.sortKey = sortKey;
    }

    public void touch(Instant at, String byName) {
        this.updatedAt = at;
        this.updatedByName = byName;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getLaneId() {
        return laneId;
    }

    public long getSortKey() {
        return sortKey;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getBrief() {
        return brief;
    }

    public @Nullable String getTargetAudience() {
        return targetAudience;
    }

    public @Nullable String getStyle() {
        return style;
    }

    public AspectRatio getAspectRatio() {
        return aspectRatio;
    }

    public @Nullable Integer getDurationSeconds() {
        return durationSeconds;
    }

    public @Nullable Long getAssigneeAccountId() {
        return assigneeAccountId;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public List<String> getLabels() {
        return labels.isBlank() ? List.of() : Arrays.asList(labels.split(","));
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedByName() {
        return updatedByName;
    }

    public long getVersion() {
        return version;
    }
}
