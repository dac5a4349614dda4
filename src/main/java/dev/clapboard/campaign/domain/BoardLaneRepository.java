package dev.clapboard.campaign.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BoardLaneRepository extends JpaRepository<BoardLane, Long> {

    List<BoardLane> findByCampaignIdOrderBySortOrder(long campaignId);

    void deleteByCampaignId(long campaignId);
}
