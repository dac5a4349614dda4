package dev.clapboard.notification.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current workspace's notifications (tenant-filtered); every query names its recipient. */
public interface NotificationRepository extends JpaRepository<Notification, Long> {

    Page<Notification> findByRecipientAccountIdOrderByCreatedAtDescIdDesc(long recipientAccountId, Pageable pageable);

    long countByRecipientAccountIdAndReadAtIsNull(long recipientAccountId);

    Optional<Notification> findByIdAndRecipientAccountId(long id, long recipientAccountId);

    List<Notification> findByRecipientAccountIdAndReadAtIsNull(long recipientAccountId);
}
