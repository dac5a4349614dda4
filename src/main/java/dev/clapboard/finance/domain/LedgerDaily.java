package dev.clapboard.finance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One campaign's spend booked on one day, as the ledger counts spend; kept current by every booking. */
@Entity
public class LedgerDaily {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long campaignId;
    private LocalDate bookedDay;
    private LocalDate bookedWeek;
    private BigDecimal spendEur = BigDecimal.ZERO;
    private long entries;
    private long seconds;

    protected LedgerDaily() {
        this.bookedDay = LocalDate.EPOCH;
        this.bookedWeek = LocalDate.EPOCH;
    }

    public LedgerDaily(long campaignId, LocalDate bookedDay, LocalDate bookedWeek) {
        this.campaignId = campaignId;
        this.bookedDay = bookedDay;
        this.bookedWeek = bookedWeek;
    }

    /** Adds (or, negative, takes off) one entry's euros and seconds. */
    public void add(BigDecimal euros, int entries, long seconds) {
        this.spendEur = this.spendEur.add(euros);
        this.entries += entries;
        this.seconds += seconds;
    }
}
