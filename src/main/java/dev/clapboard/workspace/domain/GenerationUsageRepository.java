package dev.clapboard.workspace.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Usage rows of the current workspace only (tenant-filtered by Hibernate). */
public interface GenerationUsageRepository extends JpaRepository<GenerationUsage, Long> {

    Optional<GenerationUsage> findByPeriodStartAndAccountId(LocalDate periodStart, long accountId);

    Optional<GenerationUsage> findByPeriodStartAndAccountIdIsNull(LocalDate periodStart);

    List<GenerationUsage> findByPeriodStartAndAccountIdIn(LocalDate periodStart, Collection<Long> accountIds);
}
