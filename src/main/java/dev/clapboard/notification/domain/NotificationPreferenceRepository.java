package dev.clapboard.notification.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current workspace's e-mail choices (tenant-filtered). */
public interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, Long> {

    List<NotificationPreference> findByAccountId(long accountId);

    Optional<NotificationPreference> findByAccountIdAndKind(long accountId, String kind);
}
