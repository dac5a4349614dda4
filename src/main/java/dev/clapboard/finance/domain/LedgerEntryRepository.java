package dev.clapboard.finance.domain;

import dev.clapboard.finance.LedgerKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Append-only access to the ledger: save and read, no update or delete. "Spend" rows are the charges
 * (ACTUAL), the manual costs and the reservations nothing has closed yet; every report sums those.
 */
public interface LedgerEntryRepository extends Repository<LedgerEntry, Long> {

    String SPENDING = "(e.kind in (dev.clapboard.finance.LedgerKind.ACTUAL, dev.clapboard.finance.LedgerKind.MANUAL)"
            + " or (e.kind = dev.clapboard.finance.LedgerKind.RESERVATION and not exists (select 1 from LedgerEntry x"
            + " where x.generationId = e.generationId and x.kind in (dev.clapboard.finance.LedgerKind.ACTUAL,"
            + " dev.clapboard.finance.LedgerKind.RELEASE))))";
    String GENERATION_SPENDING = SPENDING + " and e.kind <> dev.clapboard.finance.LedgerKind.MANUAL";

    LedgerEntry save(LedgerEntry entry);

    boolean existsByGenerationIdAndKind(long generationId, LedgerKind kind);

    Optional<LedgerEntry> findByGenerationIdAndKind(long generationId, LedgerKind kind);

    Page<LedgerEntry> findByCampaignIdOrderByBookedAtDescIdDesc(long campaignId, Pageable pageable);

    @Query("select coalesce(sum(e.amountEur), 0) from LedgerEntry e where e.campaignId = :campaignId and " + SPENDING)
    BigDecimal spend(@Param("campaignId") long campaignId);

    /** Every campaign's spend: [campaignId, euros]. */
    @Query("select e.campaignId, sum(e.amountEur) from LedgerEntry e where " + SPENDING + " group by e.campaignId")
    List<Object[]> spendByCampaign();

    /** Every campaign's first generation request: [campaignId, bookedAt]. */
    @Query("select e.campaignId, min(e.bookedAt) from LedgerEntry e"
            + " where e.kind = dev.clapboard.finance.LedgerKind.RESERVATION group by e.campaignId")
    List<Object[]> firstRequestByCampaign();

    @Query("select coalesce(sum(e.amountEur), 0) from LedgerEntry e where e.campaignId = :campaignId"
            + " and e.kind = :kind")
    BigDecimal total(@Param("campaignId") long campaignId, @Param("kind") LedgerKind kind);

    /** Count, seconds and euros of one kind: [count, seconds, euros]. */
    @Query("select count(e), coalesce(sum(e.seconds), 0), coalesce(sum(e.amountEur), 0) from LedgerEntry e"
            + " where e.campaignId = :campaignId and e.kind = :kind")
    List<Object[]> tally(@Param("campaignId") long campaignId, @Param("kind") LedgerKind kind);

    @Query("select min(e.bookedAt) from LedgerEntry e where e.campaignId = :campaignId"
            + " and e.kind = dev.clapboard.finance.LedgerKind.RESERVATION")
    @Nullable Instant firstRequest(@Param("campaignId") long campaignId);

    @Query("select e.providerId, sum(e.amountEur), count(e), sum(e.seconds) from LedgerEntry e"
            + " where e.campaignId = :campaignId and " + GENERATION_SPENDING + " group by e.providerId order by 2 desc")
    List<Object[]> spendByProvider(@Param("campaignId") long campaignId);

    @Query("select e.model, sum(e.amountEur), count(e), sum(e.seconds) from LedgerEntry e"
            + " where e.campaignId = :campaignId and " + GENERATION_SPENDING + " group by e.model order by 2 desc")
    List<Object[]> spendByModel(@Param("campaignId") long campaignId);

    @Query("select e.memberId, sum(e.amountEur), count(e), sum(e.seconds) from LedgerEntry e"
            + " where e.campaignId = :campaignId and " + GENERATION_SPENDING + " group by e.memberId order by 2 desc")
    List<Object[]> spendByMember(@Param("campaignId") long campaignId);

    @Query("select e.bookedWeek, sum(e.amountEur), count(e), sum(e.seconds) from LedgerEntry e"
            + " where e.campaignId = :campaignId and " + SPENDING + " group by e.bookedWeek order by 1")
    List<Object[]> spendByWeek(@Param("campaignId") long campaignId);
}
