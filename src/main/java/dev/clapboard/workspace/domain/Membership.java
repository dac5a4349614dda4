package dev.clapboard.workspace.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
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
    private boolean enabled = true;
    /** The member's own limits; null means the workspace default. */
    private @Nullable Integer inviteQuota;
    private @Nullable Integer monthlySeconds;
    private @Nullable BigDecimal monthlyEuros;
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

    public void setRole(String role) {
        this.role = role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public @Nullable Integer getInviteQuota() {
        return inviteQuota;
    }

    public @Nullable Integer getMonthlySeconds() {
        return monthlySeconds;
    }

    public @Nullable BigDecimal getMonthlyEuros() {
        return monthlyEuros;
    }

    public void setQuotas(int inviteQuota, int monthlySeconds, BigDecimal monthlyEuros) {
        this.inviteQuota = inviteQuota;
        this.monthlySeconds = monthlySeconds;
        this.monthlyEuros = monthlyEuros;
    }
}
