package dev.clapboard.api.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current workspace's tokens (the tenant filter applies). */
public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Page<ApiToken> findByCreatedByOrderByIdAsc(long createdBy, Pageable pageable);

    Page<ApiToken> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);
}
