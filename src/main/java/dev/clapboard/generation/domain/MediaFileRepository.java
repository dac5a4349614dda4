package dev.clapboard.generation.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Only the current workspace's files: Hibernate adds the tenant to every query. */
public interface MediaFileRepository extends JpaRepository<MediaFile, Long> {
}
