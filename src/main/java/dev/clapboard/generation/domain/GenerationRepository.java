package dev.clapboard.generation.domain;

import dev.clapboard.generation.GenerationStatus;
import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Only the current workspace's generations: Hibernate adds the tenant to every query. */
public interface GenerationRepository extends JpaRepository<Generation, Long> {

    Page<Generation> findByCampaignIdAndStatusInOrderByRequestedAtDesc(long campaignId,
            Collection<GenerationStatus> statuses, Pageable pageable);

    Page<Generation> findByCampaignIdOrderByRequestedAtDesc(long campaignId, Pageable pageable);

    /** The generation a provider's webhook names by its job id there. */
    java.util.Optional<Generation> findFirstByProviderIdAndProviderJobId(String providerId, String providerJobId);

    long countByBatchIdAndStatus(String batchId, GenerationStatus status);

    /** Jobs of the current workspace at a provider in {@code status}, leaving out {@code exceptId}. */
    long countByProviderIdAndStatusAndIdNot(String providerId, GenerationStatus status, Long exceptId);
}
