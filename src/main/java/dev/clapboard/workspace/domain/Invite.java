package dev.clapboard.workspace.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An invitation by e-mail to join a workspace with a role. Not tenant-filtered: the person who opens the
 * link is not signed in yet. Services scope lists to the current workspace. Only a hash of the link's token
 * is kept, so the table alone opens no door.
 */
@Entity
public class Invite {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long workspaceId;
    private String email;
    private String role;
    private String tokenHash;
    @Enumerated(EnumType.STRING)
    private InviteStatus status = InviteStatus.PENDING;
    private long invitedByAccountId;
    private Instant createdAt;
    private Instant sentAt;
    private Instant expiresAt;
    private @Nullable Instant closedAt;
    @Version
    private long version;

    protected Invite() {
        this.email = "";
        this.role = "";
        this.tokenHash = "";
        this.createdAt = Instant.EPOCH;
        this.sentAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    public Invite(long workspaceId, String email, String role, long invitedByAccountId, String tokenHash,
            Instant now, Instant expiresAt) {
        this.workspaceId = workspaceId;
        this.email = Account.normalise(email);
        this.role = role;
        this.invitedByAccountId = invitedByAccountId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.sentAt = now;
        this.expiresAt = expiresAt;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("Invite not saved yet");
        }
        return id;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public String getEmail() {
        return email;
    }

    public String getRole() {
        return role;
    }

    public InviteStatus getStatus() {
        return status;
    }

    public long getInvitedByAccountId() {
        return invitedByAccountId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public boolean isExpired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    /** A new link (the old one stops working) and a new expiry. */
    public void renew(String tokenHash, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.sentAt = now;
        this.expiresAt = expiresAt;
    }

    public void accept(Instant now) {
        this.status = InviteStatus.ACCEPTED;
        this.closedAt = now;
    }

    public void revoke(Instant now) {
        this.status = InviteStatus.REVOKED;
        this.closedAt = now;
    }
}
