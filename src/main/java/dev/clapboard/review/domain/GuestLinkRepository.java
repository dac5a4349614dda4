package dev.clapboard.review.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GuestLinkRepository extends JpaRepository<GuestLink, Long> {

    Optional<GuestLink> findByTokenHash(String tokenHash);

    Optional<GuestLink> findByIdAndWorkspaceId(long id, long workspaceId);

    List<GuestLink> findByWorkspaceIdAndGenerationIdOrderByCreatedAtDesc(long workspaceId, long generationId);
}
