package dev.clapboard.notification.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The current workspace's messages (tenant-filtered), except {@link #due}, which the retry job runs for all. */
public interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

    Page<MailMessage> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from MailMessage m where m.id = :id")
    Optional<MailMessage> lockById(long id);

    /** Unsent messages whose next attempt is due, across workspaces: [id, workspace_id] pairs. */
    @Query(value = """
            select id, workspace_id from mail_message
            where status <> 'SENT' and attempts < :maxAttempts and next_attempt_at <= :now
            order by next_attempt_at, id limit 50""", nativeQuery = true)
    List<Object[]> due(Instant now, int maxAttempts);
}
