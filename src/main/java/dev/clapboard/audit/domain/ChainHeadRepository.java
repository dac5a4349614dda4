package dev.clapboard.audit.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Chain heads by workspace id; callers pass the workspace explicitly (not a tenant entity). */
public interface ChainHeadRepository extends JpaRepository<ChainHead, Long> {

    /** Starts the workspace's chain unless it exists; safe when two first appends race (the second does nothing). */
    @Modifying
    @Query(value = "insert into audit_chain_head (workspace_id, entries, last_hash) values (:workspaceId, 0, '') "
            + "on conflict do nothing", nativeQuery = true)
    void startIfMissing(long workspaceId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from ChainHead h where h.workspaceId = :workspaceId")
    Optional<ChainHead> lock(long workspaceId);
}
