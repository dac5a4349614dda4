package dev.clapboard.compliance.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsentFlagRepository extends JpaRepository<ConsentFlag, Long> {

    List<ConsentFlag> findByGenerationIdOrderByFlaggedAtAsc(long generationId);

    boolean existsByGenerationIdAndPersonId(long generationId, long personId);
}
