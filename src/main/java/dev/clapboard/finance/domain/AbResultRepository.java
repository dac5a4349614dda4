package dev.clapboard.finance.domain;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface AbResultRepository extends Repository<AbResult, Long> {

    <S extends AbResult> List<S> saveAll(Iterable<S> results);

    long countByCampaignId(long campaignId);

    /** Per variant: [generationId, impressions, clicks, conversions], summed over channels and periods. */
    @Query("select r.generationId, sum(r.impressions), sum(r.clicks), sum(r.conversions) from AbResult r"
            + " where r.campaignId = :campaignId group by r.generationId order by r.generationId")
    List<Object[]> totalsByVariant(@Param("campaignId") long campaignId);

    /** Per style over the campaigns: [style, impressions, clicks, conversions]. */
    @Query("select r.style, sum(r.impressions), sum(r.clicks), sum(r.conversions) from AbResult r"
            + " where r.campaignId in :campaignIds and r.style is not null group by r.style")
    List<Object[]> totalsByStyle(@Param("campaignIds") java.util.Collection<Long> campaignIds);
}
