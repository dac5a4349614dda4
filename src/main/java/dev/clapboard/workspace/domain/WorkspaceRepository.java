package dev.clapboard.workspace.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface WorkspaceRepository extends JpaRepository<Workspace, Long> {

    Optional<Workspace> findFirstByName(String name);

    /**
     * The workspace, row-locked until the transaction ends: whoever changes quota usage or seats of a
     * workspace takes this lock first, so concurrent reservations and invites queue instead of overrunning.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from Workspace w where w.id = :id")
    Optional<Workspace> lockById(long id);
}
