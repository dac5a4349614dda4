package dev.clapboard.generation.domain;

import dev.clapboard.generation.GenerationStatus;
import java.time.Instant;
import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Only the current workspace's generations: Hibernate adds the tenant to every query. */
public interface GenerationRepository extends JpaRepository<Generation, Long> {

    Page<Generation> findByRequestedByOrderByIdAsc(long requestedBy, Pageable pageable);

    Page<Generation> findByCampaignIdAndStatusInOrderByRequestedAtDesc(long campaignId,
            Collection<GenerationStatus> statuses, Pageable pageable);

    Page<Generation> findByCampaignIdOrderByRequestedAtDesc(long campaignId, Pageable pageable);

    // Keyset pages, newest first (see V21's indexes): "requested_at <= :at" bounds the index range on H2 and
    // PostgreSQL alike; the rest drops the rows at or before the key.
    @Query("""
            select g from Generation g where g.campaignId = :campaignId
            and g.requestedAt <= :at and (g.requestedAt < :at or g.id < :id)
            order by g.requestedAt desc, g.id desc limit :limit""")
    java.util.List<Generation> newestAfter(long campaignId, Instant at, long id, int limit);

    @Query("""
            select g from Generation g where g.campaignId = :campaignId and g.status in :statuses
            and g.requestedAt <= :at and (g.requestedAt < :at or g.id < :id)
            order by g.requestedAt desc, g.id desc limit :limit""")
    java.util.List<Generation> newestAfter(long campaignId, Collection<GenerationStatus> statuses, Instant at, long id,
            int limit);

    // Offset pages as a deferred join: the offset is counted on ids in the index (an index-only scan), and only
    // the page's rows are read from the table.
    @Query("""
            select g from Generation g where g.id in (select g2.id from Generation g2 where g2.campaignId = :campaignId
                order by g2.requestedAt desc, g2.id desc offset :offset rows fetch first :limit rows only)
            order by g.requestedAt desc, g.id desc""")
    java.util.List<Generation> newestAt(long campaignId, int offset, int limit);

    @Query("""
            select g from Generation g where g.id in (select g2.id from Generation g2 where g2.campaignId = :campaignId
                and g2.status in :statuses
                order by g2.requestedAt desc, g2.id desc offset :offset rows fetch first :limit rows only)
            order by g.requestedAt desc, g.id desc""")
    java.util.List<Generation> newestAt(long campaignId, Collection<GenerationStatus> statuses, int offset, int limit);

    long countByCampaignId(long campaignId);

    long countByCampaignIdAndStatusIn(long campaignId, Collection<GenerationStatus> statuses);

    /** The generation a provider's webhook names by its job id there. */
    java.util.Optional<Generation> findFirstByProviderIdAndProviderJobId(String providerId, String providerJobId);

    long countByBatchIdAndStatus(String batchId, GenerationStatus status);

    /** Each card's latest generation (by id, i.e. the last one asked for), for the board. */
    @Query("""
            select g from Generation g where g.cardId in :cardIds
            and g.id = (select max(g2.id) from Generation g2 where g2.cardId = g.cardId)""")
    java.util.List<Generation> latestForCards(java.util.Collection<Long> cardIds);

    /** Generations made again from any of {@code ids}: their retries and remixes. */
    java.util.List<Generation> findByRetryOfIdInOrRemixedFromIdIn(Collection<Long> retryOf,
            Collection<Long> remixedFrom);

    java.util.List<Generation> findTop20ByBatchIdAndStatusOrderByIdAsc(String batchId, GenerationStatus status);

    java.util.List<Generation> findTop20ByPromptVersionIdAndStatusOrderByIdAsc(long promptVersionId,
            GenerationStatus status);

    /** Jobs of the current workspace at a provider in {@code status}, leaving out {@code exceptId}. */
    long countByProviderIdAndStatusAndIdNot(String providerId, GenerationStatus status, Long exceptId);

    /**
     * Generations still open (queued or running) across workspaces, for the reaper: [workspace_id, id] pairs.
     * Native on purpose: the tenant filter would limit it to one workspace.
     */
    @Query(value = """
            select workspace_id, id from generation where status in ('QUEUED', 'RUNNING')
            order by id limit 500""", nativeQuery = true)
    java.util.List<Object[]> openInAnyWorkspace();
}
