package dev.clapboard.finance.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface BudgetLockRepository extends Repository<BudgetLock, Long> {

    BudgetLock saveAndFlush(BudgetLock lock);

    /** The campaign's lock row, locked (select ... for update) until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from BudgetLock l where l.campaignId = :campaignId")
    Optional<BudgetLock> lock(@Param("campaignId") long campaignId);
}
