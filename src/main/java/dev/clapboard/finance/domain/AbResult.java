package dev.clapboard.finance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** What one variant (a generation) or the static control asset did on one channel in one period. */
@Entity
public class AbResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long campaignId;
    /** Null for the figures of a static control asset. */
    private @Nullable Long generationId;
    /** The variant's style (from its generation), so results group by style without reading generations. */
    private @Nullable String style;
    private String channel;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private long impressions;
    private long clicks;
    private long conversions;
    private Instant importedAt;

    protected AbResult() {
        this.channel = "";
        this.periodStart = LocalDate.EPOCH;
        this.periodEnd = LocalDate.EPOCH;
        this.importedAt = Instant.EPOCH;
    }

    public AbResult(long campaignId, @Nullable Long generationId, @Nullable String style, String channel, LocalDate periodStart,
            LocalDate periodEnd, long impressions, long clicks, long conversions, Instant importedAt) {
        this.campaignId = campaignId;
        this.generationId = generationId;
        this.style = style;
        this.channel = channel;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.impressions = impressions;
        this.clicks = clicks;
        this.conversions = conversions;
        this.importedAt = importedAt;
    }
}
