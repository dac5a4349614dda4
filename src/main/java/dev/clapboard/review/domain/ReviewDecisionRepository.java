package dev.clapboard.review.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReviewDecisionRepository extends JpaRepository<ReviewDecision, Long> {

    List<ReviewDecision> findByGenerationIdOrderByDecidedAtDesc(long generationId);

    Optional<ReviewDecision> findByGenerationIdAndReviewerAccountId(long generationId, long reviewerAccountId);

    /** Videos of a campaign that someone holding one of {@code roles} gave {@code verdict}. */
    @Query("""
            select count(distinct d.generationId) from ReviewDecision d, ReviewItem i
            where i.generationId = d.generationId and i.campaignId = :campaignId
            and d.verdict = :verdict and d.reviewerRole in :roles""")
    long countDecided(long campaignId, dev.clapboard.review.Verdict verdict, java.util.Collection<String> roles);
}
