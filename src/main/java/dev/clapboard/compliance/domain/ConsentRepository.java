package dev.clapboard.compliance.domain;

import dev.clapboard.compliance.ConsentStatus;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConsentRepository extends JpaRepository<Consent, Long> {

    List<Consent> findByPersonIdOrderByCreatedAtDescIdDesc(long personId);

    List<Consent> findByPersonIdInAndStatus(Collection<Long> personIds, ConsentStatus status);

    /** Every consent that covers {@code campaignId}: the ones for all campaigns and the ones naming it. */
    @Query("select distinct c from Consent c left join c.campaignIds campaign "
            + "where c.allCampaigns = true or campaign = :campaignId order by c.createdAt, c.id")
    List<Consent> covering(long campaignId);
}
