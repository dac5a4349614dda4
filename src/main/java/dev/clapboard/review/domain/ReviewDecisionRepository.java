package dev.clapboard.review.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReviewDecisionRepository extends JpaRepository<ReviewDecision, Long> {

    List<ReviewDecision> findByGenerationIdOrderByDecidedAtDesc(long generationId);

    org.springframework.data.domain.Page<ReviewDecision> findByReviewerAccountIdOrderByIdAsc(long reviewerAccountId,
            org.springframework.data.domain.Pageable pageable);

    Optional<ReviewDecision> findByGenerationIdAndReviewerAccountId(long generationId, long reviewerAccountId);

    /** Videos of a campaign that someone holding one of {@code roles} gave {@code verdict}. */
    @Query("""
            select count(distinct d.generationId) from ReviewDecision d, ReviewItem i
            where i.generationId = d.generationId and i.campaignId = :campaignId
            and d.verdict = :verdict and d.reviewerRole in :roles""")
    long countDecided(long campaignId, dev.clapboard.review.Verdict verdict, java.util.Collection<String> roles);

    /** Per campaign: [campaignId, videos given {@code verdict} by one of {@code roles}, the earliest such decision]. */
    @Query("""
            select i.campaignId, count(distinct d.generationId), min(d.decidedAt) from ReviewDecision d, ReviewItem i
            where i.generationId = d.generationId and d.verdict = :verdict and d.reviewerRole in :roles
            group by i.campaignId""")
    List<Object[]> decidedByCampaign(dev.clapboard.review.Verdict verdict, java.util.Collection<String> roles);

    /** The earliest decision {@code verdict} by one of {@code roles} on a video of the campaign. */
    @Query("""
            select min(d.decidedAt) from ReviewDecision d, ReviewItem i
            where i.generationId = d.generationId and i.campaignId = :campaignId
            and d.verdict = :verdict and d.reviewerRole in :roles""")
    java.time.@org.jspecify.annotations.Nullable Instant firstDecided(long campaignId, dev.clapboard.review.Verdict verdict,
            java.util.Collection<String> roles);
}
