package dev.clapboard.campaign.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One line of a campaign's activity feed. The actor's name is copied so the line still reads later. */
@Entity
public class CampaignActivity {

    public static final int SUMMARY_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long campaignId;
    private Instant occurredAt;
    private String actorName;
    private String kind;
    private String summary;

    protected CampaignActivity() {
        this.occurredAt = Instant.EPOCH;
        this.actorName = "";
        this.kind = "";
        this.summary = "";
    }

    public CampaignActivity(long campaignId, Instant occurredAt, String actorName, String kind, String summary) {
        this.campaignId = campaignId;
        this.occurredAt = occurredAt;
        this.actorName = actorName;
        this.kind = kind;
        this.summary = summary.length() > SUMMARY_MAX_LENGTH ? summary.substring(0, SUMMARY_MAX_LENGTH - 1) + "…" : summary;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActorName() {
        return actorName;
    }

    public String getKind() {
        return kind;
    }

    public String getSummary() {
        return summary;
    }
}
