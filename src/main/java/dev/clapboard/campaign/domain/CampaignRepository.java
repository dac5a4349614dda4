package dev.clapboard.campaign.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and writes only the current workspace's campaigns: Hibernate adds the tenant to every query. */
public interface CampaignRepository extends JpaRepository<Campaign, Long> {

    Page<Campaign> findByStatusNot(dev.clapboard.campaign.CampaignStatus status, Pageable pageable);
}
