package dev.clapboard.prompt.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The current workspace's templates (Hibernate adds the tenant). */
public interface TemplateRepository extends JpaRepository<Template, Long> {

    /** {@code pattern} is a lower-case LIKE pattern with {@code !} as escape character. */
    @Query("""
            select t from Template t
            where lower(t.name) like :pattern escape '!' or lower(t.description) like :pattern escape '!'
               or lower(t.body) like :pattern escape '!'
            order by t.name, t.id""")
    List<Template> search(@Param("pattern") String pattern, Pageable pageable);

    @Query("""
            select count(t) from Template t
            where lower(t.name) like :pattern escape '!' or lower(t.description) like :pattern escape '!'
               or lower(t.body) like :pattern escape '!'""")
    long countMatching(@Param("pattern") String pattern);
}
