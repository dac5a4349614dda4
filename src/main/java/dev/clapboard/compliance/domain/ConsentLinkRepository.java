package dev.clapboard.compliance.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsentLinkRepository extends JpaRepository<ConsentLink, Long> {

    Optional<ConsentLink> findByTokenHash(String tokenHash);
}
