package dev.clapboard.workspace.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String normalisedEmail);

    /** A bulk update, so recording a sign-in never collides with an edit of the account (no version bump). */
    @Modifying
    @Query("update Account a set a.lastSignInAt = :at where a.id = :accountId")
    int recordSignIn(long accountId, Instant at);

    @Query("select a.credentialsVersion from Account a where a.id = :accountId")
    Optional<Integer> credentialsVersion(long accountId);

    /** Locked, so two sign-ins with the same two-factor code cannot both pass (a code works once). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.id = :accountId")
    Optional<Account> lockById(long accountId);

    java.util.List<Account> findByTotpSecretCipherIsNotNull();
}
