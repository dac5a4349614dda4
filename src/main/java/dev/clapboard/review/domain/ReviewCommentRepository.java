package dev.clapboard.review.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewCommentRepository extends JpaRepository<ReviewComment, Long> {

    List<ReviewComment> findByGenerationIdOrderByAtMillisAscCreatedAtAsc(long generationId);

    List<ReviewComment> findByParentId(long parentId);

    org.springframework.data.domain.Page<ReviewComment> findByAuthorAccountIdOrderByIdAsc(long authorAccountId,
            org.springframework.data.domain.Pageable pageable);
}
