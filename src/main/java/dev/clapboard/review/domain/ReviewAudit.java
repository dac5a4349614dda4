package dev.clapboard.review.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One action on a guest link, by a guest or the member who manages it. */
@Entity
public class ReviewAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long workspaceId;
    private long linkId;
    private String actor;
    private String action;
    private @Nullable String detail;
    private Instant happenedAt;

    protected ReviewAudit() {
        this.actor = "";
        this.action = "";
        this.happenedAt = Instant.EPOCH;
    }

    public ReviewAudit(long workspaceId, long linkId, String actor, String action, @Nullable String detail,
            Instant at) {
        this.workspaceId = workspaceId;
        this.linkId = linkId;
        this.actor = actor.length() > 200 ? actor.substring(0, 200) : actor;
        this.action = action;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        this.happenedAt = at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public @Nullable String getDetail() {
        return detail;
    }
}
