package dev.clapboard.campaign.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Cards of the current workspace only (tenant-filtered); lane pages come in {@code sortKey} order. */
public interface CardRepository extends JpaRepository<Card, Long> {

    List<Card> findByLaneIdOrderBySortKeyAscIdAsc(long laneId, Pageable pageable);

    List<Card> findByLaneIdOrderBySortKeyAscIdAsc(long laneId);

    long countByLaneId(long laneId);

    long countByCampaignId(long campaignId);

    @Query("select max(c.sortKey) from Card c where c.laneId = :laneId")
    Optional<Long> lastSortKeyIn(long laneId);

    Optional<Card> findFirstByLaneIdAndSortKeyLessThanAndIdNotOrderBySortKeyDescIdDesc(long laneId, long sortKey,
            long excludedId);

    Optional<Card> findFirstByLaneIdAndSortKeyGreaterThanAndIdNotOrderBySortKeyAscIdAsc(long laneId, long sortKey,
            long excludedId);
}
