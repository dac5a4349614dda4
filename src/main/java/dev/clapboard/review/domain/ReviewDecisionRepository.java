package dev.clapboard.review.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewDecisionRepository extends JpaRepository<ReviewDecision, Long> {

    List<ReviewDecision> findByGenerationIdOrderByDecidedAtDesc(long generationId);

    Optional<ReviewDecision> findByGenerationIdAndReviewerAccountId(long generationId, long reviewerAccountId);
}
