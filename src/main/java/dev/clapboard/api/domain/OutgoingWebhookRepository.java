package dev.clapboard.api.domain;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutgoingWebhookRepository extends JpaRepository<OutgoingWebhook, Long> {

    Page<OutgoingWebhook> findByEnabledTrueOrderByCreatedAtDescIdDesc(Pageable pageable);

    List<OutgoingWebhook> findByEnabledTrue();
}
