package dev.clapboard.workspace.domain;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    /** Spends the code in one statement, so two sign-ins racing with the same code cannot both succeed. */
    @Modifying
    @Query("update RecoveryCode c set c.usedAt = :at "
            + "where c.accountId = :accountId and c.codeHash = :codeHash and c.usedAt is null")
    int use(long accountId, String codeHash, Instant at);

    long countByAccountIdAndUsedAtIsNull(long accountId);

    @Modifying
    @Query("delete from RecoveryCode c where c.accountId = :accountId")
    int deleteAllOf(long accountId);
}
