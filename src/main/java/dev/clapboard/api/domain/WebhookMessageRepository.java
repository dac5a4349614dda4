package dev.clapboard.api.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WebhookMessageRepository extends JpaRepository<WebhookMessage, Long> {

    Page<WebhookMessage> findByWebhookIdOrderByCreatedAtDescIdDesc(long webhookId, Pageable pageable);
}
