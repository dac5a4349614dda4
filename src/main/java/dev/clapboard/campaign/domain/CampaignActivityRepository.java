package dev.clapboard.campaign.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignActivityRepository extends JpaRepository<CampaignActivity, Long> {

    Page<CampaignActivity> findByCampaignIdOrderByOccurredAtDescIdDesc(long campaignId, Pageable pageable);

    void deleteByCampaignId(long campaignId);
}
