package dev.clapboard.audit.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current workspace's labelled exports only: Hibernate adds the tenant to every query. */
public interface LabelledExportRepository extends JpaRepository<LabelledExport, Long> {

    List<LabelledExport> findByGenerationIdOrderByCreatedAtDesc(long generationId);

    List<LabelledExport> findByCampaignIdOrderByCreatedAt(long campaignId);
}
