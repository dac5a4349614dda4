package dev.clapboard.compliance.domain;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ModerationCaseRepository extends JpaRepository<ModerationCase, Long> {

    Optional<ModerationCase> findByPromptHash(String promptHash);

    Page<ModerationCase> findByStatusOrderByRequestedAtDesc(String status, Pageable pageable);
}
