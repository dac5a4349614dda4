package dev.clapboard.audit.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Label settings by workspace id; callers pass the signed-in member's workspace. */
public interface LabelSettingsRepository extends JpaRepository<LabelSettings, Long> {
}
