package dev.clapboard.finance.domain;

import dev.clapboard.finance.LedgerKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One line of the cost ledger. Immutable: the ledger is append-only, corrections are new entries. Amounts
 * are in the provider's currency and in euros, with the rate used between them.
 */
@Entity
@Immutable
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long campaignId;
    private @Nullable Long generationId;
    @Enumerated(EnumType.STRING)
    private LedgerKind kind;
    private @Nullable String category;
    private @Nullable String note;
    private @Nullable String providerId;
    private @Nullable String model;
    private @Nullable Long memberId;
    private int seconds;
    private BigDecimal providerAmount;
    private String providerCurrency;
    private BigDecimal amountEur;
    private BigDecimal exchangeRate;
    private Instant bookedAt;
    private LocalDate bookedDay;
    private LocalDate bookedWeek;
    private long bookedBy;

    protected LedgerEntry() {
        this.kind = LedgerKind.MANUAL;
        this.providerAmount = BigDecimal.ZERO;
        this.providerCurrency = "EUR";
        this.amountEur = BigDecimal.ZERO;
        this.exchangeRate = BigDecimal.ONE;
        this.bookedAt = Instant.EPOCH;
        this.bookedDay = LocalDate.EPOCH;
        this.bookedWeek = LocalDate.EPOCH;
    }

    /** What an entry says, before it is booked. */
    public record Line(long campaignId, @Nullable Long generationId, LedgerKind kind, @Nullable String category,
            @Nullable String note, @Nullable String providerId, @Nullable String model, @Nullable Long memberId,
            int seconds, BigDecimal providerAmount, String providerCurrency, BigDecimal amountEur,
            BigDecimal exchangeRate) {
    }

    public LedgerEntry(Line line, Instant bookedAt, LocalDate bookedDay, LocalDate bookedWeek, long bookedBy) {
        this.campaignId = line.campaignId();
        this.generationId = line.generationId();
        this.kind = line.kind();
        this.category = line.category();
        this.note = line.note();
        this.providerId = line.providerId();
        this.model = line.model();
        this.memberId = line.memberId();
        this.seconds = line.seconds();
        this.providerAmount = line.providerAmount();
        this.providerCurrency = line.providerCurrency();
        this.amountEur = line.amountEur();
        this.exchangeRate = line.exchangeRate();
        this.bookedAt = bookedAt;
        this.bookedDay = bookedDay;
        this.bookedWeek = bookedWeek;
        this.bookedBy = bookedBy;
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public @Nullable Long getGenerationId() {
        return generationId;
    }

    public LedgerKind getKind() {
        return kind;
    }

    public @Nullable String getCategory() {
        return category;
    }

    public @Nullable String getNote() {
        return note;
    }

    public BigDecimal getProviderAmount() {
        return providerAmount;
    }

    public String getProviderCurrency() {
        return providerCurrency;
    }

    public BigDecimal getAmountEur() {
        return amountEur;
    }

    public BigDecimal getExchangeRate() {
        return exchangeRate;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }

    public LocalDate getBookedDay() {
        return bookedDay;
    }

    public LocalDate getBookedWeek() {
        return bookedWeek;
    }

    public int getSeconds() {
        return seconds;
    }
}
