package dev.clapboard.prompt.domain;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Versions are only ever inserted and read; see {@link PromptRevision}. */
public interface PromptRevisionRepository extends JpaRepository<PromptRevision, Long> {

    Page<PromptRevision> findByAuthorAccountIdOrderByIdAsc(long authorAccountId, Pageable pageable);

    Page<PromptRevision> findByPromptIdOrderByNumberDesc(long promptId, Pageable pageable);

    List<PromptRevision> findBySiblingGroupOrderByNumber(String siblingGroup);

    /** {@code pattern} is a lower-case LIKE pattern with {@code !} as escape character. */
    @Query(value = """
            select new dev.clapboard.prompt.domain.LatestMatch(
                v.id, p.campaignId, p.cardId, v.number, v.body, v.createdAt, v.authorAccountId)
            from Prompt p join PromptRevision v on v.id = p.latestVersionId
            where lower(v.body) like :pattern escape '!'
            order by v.createdAt desc, v.id desc""",
            countQuery = """
            select count(p) from Prompt p join PromptRevision v on v.id = p.latestVersionId
            where lower(v.body) like :pattern escape '!'""")
    Page<LatestMatch> searchLatest(@Param("pattern") String pattern, Pageable pageable);
}
