package dev.clapboard.workspace.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Seconds of video and euros spent (used) and promised to runs in flight (reserved) in one calendar month,
 * for one member, or for the whole workspace when {@code accountId} is null.
 */
@Entity
public class GenerationUsage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private @Nullable Long accountId;
    private LocalDate periodStart;
    private int reservedSeconds;
    private int usedSeconds;
    private BigDecimal reservedEuros = BigDecimal.ZERO;
    private BigDecimal usedEuros = BigDecimal.ZERO;
    /** The highest alert (80 or 100 %) already sent this month, so each is sent once. */
    private int alertedPercent;
    @Version
    private long version;

    protected GenerationUsage() {
        this.periodStart = LocalDate.EPOCH;
    }

    public GenerationUsage(@Nullable Long accountId, LocalDate periodStart) {
        this.accountId = accountId;
        this.periodStart = periodStart;
    }

    public @Nullable Long getAccountId() {
        return accountId;
    }

    public int getReservedSeconds() {
        return reservedSeconds;
    }

    public int getUsedSeconds() {
        return usedSeconds;
    }

    public BigDecimal getReservedEuros() {
        return reservedEuros;
    }

    public BigDecimal getUsedEuros() {
        return usedEuros;
    }

    public int spentSeconds() {
        return reservedSeconds + usedSeconds;
    }

    public BigDecimal spentEuros() {
        return reservedEuros.add(usedEuros);
    }

    public void reserve(int seconds, BigDecimal euros) {
        reservedSeconds += seconds;
        reservedEuros = reservedEuros.add(euros);
    }

    public void release(int seconds, BigDecimal euros) {
        reservedSeconds = Math.max(0, reservedSeconds - seconds);
        reservedEuros = reservedEuros.subtract(euros).max(BigDecimal.ZERO);
    }

    public void use(int seconds, BigDecimal euros) {
        usedSeconds += seconds;
        usedEuros = usedEuros.add(euros);
    }

    public int getAlertedPercent() {
        return alertedPercent;
    }

    public void setAlertedPercent(int alertedPercent) {
        this.alertedPercent = alertedPercent;
    }
}
