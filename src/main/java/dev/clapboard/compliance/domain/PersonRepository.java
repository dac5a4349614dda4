package dev.clapboard.compliance.domain;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {

    Page<Person> findAllByOrderByNameAscIdAsc(Pageable pageable);

    List<Person> findAllByOrderByNameAscIdAsc();
}
