package dev.clapboard.review.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewAuditRepository extends JpaRepository<ReviewAudit, Long> {

    List<ReviewAudit> findByWorkspaceIdAndLinkIdOrderByIdAsc(long workspaceId, long linkId);
}
