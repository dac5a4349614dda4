package dev.clapboard.workspace.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** Quota held for one generation run until it is committed (actual spend) or released. */
@Entity
public class QuotaReservation {

    public enum Status { RESERVED, RELEASED, COMMITTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long accountId;
    private LocalDate periodStart;
    private int seconds;
    private BigDecimal euros;
    @Enumerated(EnumType.STRING)
    private Status status = Status.RESERVED;
    private Instant createdAt;
    private @Nullable Instant closedAt;
    @Version
    private long version;

    protected QuotaReservation() {
        this.periodStart = LocalDate.EPOCH;
        this.euros = BigDecimal.ZERO;
        this.createdAt = Instant.EPOCH;
    }

    public QuotaReservation(long accountId, LocalDate periodStart, int seconds, BigDecimal euros, Instant now) {
        this.accountId = accountId;
        this.periodStart = periodStart;
        this.seconds = seconds;
        this.euros = euros;
        this.createdAt = now;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("Reservation not saved yet");
        }
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public int getSeconds() {
        return seconds;
    }

    public BigDecimal getEuros() {
        return euros;
    }

    public Status getStatus() {
        return status;
    }

    public void close(Status status, Instant now) {
        this.status = status;
        this.closedAt = now;
    }
}
