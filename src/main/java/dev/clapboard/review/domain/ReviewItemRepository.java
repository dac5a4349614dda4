package dev.clapboard.review.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReviewItemRepository extends JpaRepository<ReviewItem, Long> {

    /** Videos {@code reviewer} has not decided on yet, oldest first. */
    @Query(value = """
            select i from ReviewItem i where not exists (select d from ReviewDecision d
                where d.generationId = i.generationId and d.reviewerAccountId = :reviewer)
            order by i.readyAt, i.generationId""",
            countQuery = """
            select count(i) from ReviewItem i where not exists (select d from ReviewDecision d
                where d.generationId = i.generationId and d.reviewerAccountId = :reviewer)""")
    Page<ReviewItem> waitingFor(long reviewer, Pageable pageable);
}
