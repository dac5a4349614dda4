package dev.clapboard.workspace.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PasswordResetRepository extends JpaRepository<PasswordReset, Long> {

    Optional<PasswordReset> findByTokenHash(String tokenHash);

    /** Locked, so two submissions of the same link cannot both set a password. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from PasswordReset r where r.tokenHash = :tokenHash")
    Optional<PasswordReset> lockByTokenHash(String tokenHash);

    /** Any other open link of the account dies with the one used. */
    @Modifying
    @Query("update PasswordReset r set r.usedAt = :at where r.accountId = :accountId and r.usedAt is null")
    int useAllOf(long accountId, Instant at);

    java.util.List<PasswordReset> findByAccountIdOrderByCreatedAtAsc(long accountId);

    boolean existsByAccountIdAndCreatedAtAfter(long accountId, Instant after);
}
