package dev.clapboard.workspace.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reservations of the current workspace only (tenant-filtered by Hibernate). */
public interface QuotaReservationRepository extends JpaRepository<QuotaReservation, Long> {
}
