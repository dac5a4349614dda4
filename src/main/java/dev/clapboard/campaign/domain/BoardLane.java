package dev.clapboard.campaign.domain;

import dev.clapboard.campaign.LaneStage;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One lane of a campaign's board. Every campaign gets the standard lanes when it is created.
 *
 * @see <a href="../../../../../../../docs/decisions/0004-board-lanes.md">0004 Board lanes</a>
 */
@Entity
public class BoardLane {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long campaignId;
    @Enumerated(EnumType.STRING)
    private LaneStage stage;
    private String name;
    private int sortOrder;

    protected BoardLane() {
        this.stage = LaneStage.IDEAS;
        this.name = "";
    }

    private BoardLane(long campaignId, LaneStage stage) {
        this.campaignId = campaignId;
        this.stage = stage;
        this.name = stage.label();
        this.sortOrder = stage.ordinal();
    }

    /** The lanes a new campaign's board starts with, Ideas to Published. */
    public static List<BoardLane> standardLanes(long campaignId) {
        return Arrays.stream(LaneStage.values()).map(stage -> new BoardLane(campaignId, stage)).toList();
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("Lane not saved yet");
        }
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public LaneStage getStage() {
        return stage;
    }

    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
