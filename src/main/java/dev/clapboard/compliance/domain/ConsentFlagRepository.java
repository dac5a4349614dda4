package dev.clapboard.compliance.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsentFlagRepository extends JpaRepository<ConsentFlag, Long> {

    List<ConsentFlag> findByGenerationIdOrderByFlaggedAtAsc(long generationId);

    List<ConsentFlag> findByGenerationIdIn(Collection<Long> generationIds);

    List<ConsentFlag> findByPersonId(long personId);

    boolean existsByGenerationIdAndPersonId(long generationId, long personId);
}
