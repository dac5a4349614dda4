package dev.clapboard.finance.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface LedgerDailyRepository extends Repository<LedgerDaily, Long> {

    LedgerDaily save(LedgerDaily day);

    Optional<LedgerDaily> findByCampaignIdAndBookedDay(long campaignId, LocalDate bookedDay);

    /** As {@link LedgerEntryRepository#spendByWeek}, from the rollup: [week, euros, entries, seconds]. */
    @Query("select d.bookedWeek, sum(d.spendEur), sum(d.entries), sum(d.seconds) from LedgerDaily d"
            + " where d.campaignId = :campaignId group by d.bookedWeek having sum(d.entries) <> 0 order by 1")
    List<Object[]> spendByWeek(@Param("campaignId") long campaignId);
}
