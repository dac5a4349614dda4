package dev.clapboard.audit.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a workspace's audit trail. Written once, never changed: its hash covers every field and the hash of
 * the entry before it, so changing or removing an entry breaks the chain from there on.
 */
@Entity
@Immutable
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long sequenceNo;
    private Instant occurredAt;
    private @Nullable Long actorAccountId;
    private String actorName;
    private String action;
    private String subjectType;
    private @Nullable String subjectId;
    private @Nullable Long campaignId;
    private String details;
    private String previousHash;
    private String entryHash;

    protected AuditEntry() {
        this.occurredAt = Instant.EPOCH;
        this.actorName = "";
        this.action = "";
        this.subjectType = "";
        this.details = "";
        this.previousHash = "";
        this.entryHash = "";
    }

    /** The entry number {@code sequenceNo} of workspace {@code workspaceId}, linked to {@code previousHash}. */
    public AuditEntry(long workspaceId, long sequenceNo, Instant occurredAt, @Nullable Long actorAccountId,
            String actorName, String action, String subjectType, @Nullable String subjectId,
            @Nullable Long campaignId, String details, String previousHash) {
        this.workspaceId = workspaceId;
        this.sequenceNo = sequenceNo;
        this.occurredAt = occurredAt;
        this.actorAccountId = actorAccountId;
        this.actorName = actorName;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.campaignId = campaignId;
        this.details = details;
        this.previousHash = previousHash;
        this.entryHash = computeHash();
    }

    /**
     * SHA-256 (hex) over the canonical form: every field in a fixed order, each written as its length, a colon and
     * its text (a missing value as "-"), so no two different entries serialise alike.
     */
    public String computeHash() {
        var canonical = new StringBuilder("audit-entry-v1\n");
        for (var field : new @Nullable Object[] {workspaceId, sequenceNo, occurredAt, actorAccountId, actorName,
                action, subjectType, subjectId, campaignId, details, previousHash}) {
            if (field == null) {
                canonical.append("-\n");
            } else {
                var text = field.toString();
                canonical.append(text.length()).append(':').append(text).append('\n');
            }
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("Audit entry not saved yet");
        }
        return id;
    }

    public long getSequenceNo() {
        return sequenceNo;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public @Nullable Long getActorAccountId() {
        return actorAccountId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public @Nullable String getSubjectId() {
        return subjectId;
    }

    public @Nullable Long getCampaignId() {
        return campaignId;
    }

    public String getDetails() {
        return details;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getEntryHash() {
        return entryHash;
    }
}
