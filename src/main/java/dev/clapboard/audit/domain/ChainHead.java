package dev.clapboard.audit.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The newest entry of one workspace's chain: how many entries it has and the last hash. Not a tenant entity (its
 * id is the workspace); appends lock it so that concurrent appends queue up instead of forking the chain.
 */
@Entity
@Table(name = "audit_chain_head")
public class ChainHead {

    @Id
    private Long workspaceId;
    private long entries;
    private String lastHash;

    protected ChainHead() {
        this.workspaceId = 0L;
        this.lastHash = "";
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public long getEntries() {
        return entries;
    }

    public String getLastHash() {
        return lastHash;
    }

    public void advance(AuditEntry entry) {
        this.entries = entry.getSequenceNo();
        this.lastHash = entry.getEntryHash();
    }
}
