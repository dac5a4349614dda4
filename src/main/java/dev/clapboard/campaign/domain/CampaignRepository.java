package dev.clapboard.campaign.domain;

import dev.clapboard.campaign.CampaignStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Reads and writes only the current workspace's campaigns: Hibernate adds the tenant to every query. */
public interface CampaignRepository extends JpaRepository<Campaign, Long> {

    Page<Campaign> findByStatusNot(CampaignStatus status, Pageable pageable);

    /**
     * One status, or (status null) every campaign that is not archived; {@code pattern} is a lower-case LIKE
     * pattern matched against name and brand.
     */
    @Query("""
            select c from Campaign c
            where ((:status is null and c.status <> dev.clapboard.campaign.CampaignStatus.ARCHIVED) or c.status = :status)
              and (lower(c.name) like :pattern escape '\\' or lower(c.brand) like :pattern escape '\\')""")
    Page<Campaign> search(@Nullable CampaignStatus status, String pattern, Pageable pageable);

    /**
     * Every campaign (archived ones too) whose run overlaps [from, to]; a campaign without dates overlaps
     * every period. Rows: [id, name, baseline amount, baseline currency, baseline lead time days].
     */
    @Query("""
            select c.id, c.name, c.baselineCost.amount, c.baselineCost.currency, c.baselineLeadTimeDays from Campaign c
            where (c.startDate is null or c.startDate <= :to) and (c.endDate is null or c.endDate >= :from)
            order by c.name, c.id""")
    java.util.List<Object[]> baselinesRunningBetween(java.time.LocalDate from, java.time.LocalDate to);
}
