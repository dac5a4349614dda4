package dev.clapboard.audit.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current workspace's provenance records only: Hibernate adds the tenant to every query. */
public interface ProvenanceRecordRepository extends JpaRepository<ProvenanceRecord, Long> {

    Optional<ProvenanceRecord> findByGenerationId(long generationId);

    List<ProvenanceRecord> findByCampaignIdOrderByGenerationId(long campaignId);
}
