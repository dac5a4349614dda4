package dev.clapboard.compliance.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GenerationPersonRepository extends JpaRepository<GenerationPerson, Long> {

    List<GenerationPerson> findByPersonId(long personId);
}
