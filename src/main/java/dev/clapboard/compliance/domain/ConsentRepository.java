package dev.clapboard.compliance.domain;

import dev.clapboard.compliance.ConsentStatus;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConsentRepository extends JpaRepository<Consent, Long> {

    List<Consent> findByPersonIdOrderByCreatedAtDescIdDesc(long personId);

    /**
     * [workspace id, consent id] of every consent not yet pseudonymised whose person was erased before
     * {@code erasedBefore}, across workspaces (native, so no tenant filter: the retention job runs for all).
     */
    @Query(value = """
            select c.workspace_id, c.id from compliance_consent c join compliance_person p on p.id = c.person_id
            where p.erased_at is not null and p.erased_at <= :erasedBefore and c.pseudonymised_at is null
            order by c.workspace_id, c.id""", nativeQuery = true)
    List<Object[]> duePseudonymisation(java.time.Instant erasedBefore);

    List<Consent> findByPersonIdInAndStatus(Collection<Long> personIds, ConsentStatus status);

    /** Every consent that covers {@code campaignId}: the ones for all campaigns and the ones naming it. */
    @Query("select distinct c from Consent c left join c.campaignIds campaign "
            + "where c.allCampaigns = true or campaign = :campaignId order by c.createdAt, c.id")
    List<Consent> covering(long campaignId);
}
