package dev.clapboard.review.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GuestLinkRepository extends JpaRepository<GuestLink, Long> {

    Optional<GuestLink> findByTokenHash(String tokenHash);

    Optional<GuestLink> findByIdAndWorkspaceId(long id, long workspaceId);

    List<GuestLink> findByWorkspaceIdAndGenerationIdOrderByCreatedAtDesc(long workspaceId, long generationId);

    /** The workspace's playlist links, newest first. */
    @org.springframework.data.jpa.repository.Query("""
            select l from GuestLink l where l.workspaceId = :workspaceId and size(l.playlist) > 0
            order by l.createdAt desc""")
    List<GuestLink> playlists(long workspaceId, org.springframework.data.domain.Pageable page);
}
