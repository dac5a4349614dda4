package dev.clapboard.audit.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The current workspace's audit entries only: Hibernate adds the tenant to every query. */
public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    /** The next slice of the chain after {@code sequenceNo}, up to {@code lastSequenceNo}, in chain order. */
    @Query("""
            select e from AuditEntry e where e.sequenceNo > :sequenceNo and e.sequenceNo <= :lastSequenceNo
            order by e.sequenceNo""")
    List<AuditEntry> chainAfter(long sequenceNo, long lastSequenceNo, Pageable pageable);

    org.springframework.data.domain.Page<AuditEntry> findByActorAccountIdOrderBySequenceNoAsc(long actorAccountId,
            Pageable pageable);

    /** A campaign's entries in chain order, a slice at a time. */
    List<AuditEntry> findByCampaignIdAndSequenceNoGreaterThanOrderBySequenceNo(long campaignId, long sequenceNo,
            Pageable pageable);

    /** Everyone who appears as an actor, for the view's filter: account id (null for the system) and name. */
    @Query("select distinct e.actorAccountId, e.actorName from AuditEntry e order by e.actorName")
    List<Object[]> actors();
}
