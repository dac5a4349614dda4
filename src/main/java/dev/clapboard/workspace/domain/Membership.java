package dev.clapboard.workspace.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An account's seat in a workspace, with its role there. Deliberately not tenant-filtered: signing in reads
 * every seat of an account across workspaces. Services scope member lists to the current workspace.
 */
@Entity
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long workspaceId;
    private long accountId;
    private String role;
    private Instant joinedAt;
    @Version
    private long version;

    protected Membership() {
        this.role = "";
        this.joinedAt = Instant.EPOCH;
    }

    public Membership(long workspaceId, long accountId, String role, Instant joinedAt) {
        this.workspaceId = workspaceId;
        this.accountId = accountId;
        this.role = role;
        this.joinedAt = joinedAt;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getRole() {
        return role;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
