package dev.clapboard.workspace.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A team's workspace: the tenant every campaign, prompt and video belongs to. */
@Entity
public class Workspace {

    public static final int NAME_MAX_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String name;
    private Instant createdAt;
    private int seatLimit = 25;
    private int defaultInviteQuota = 10;
    private int defaultMemberSeconds = 600;
    private BigDecimal defaultMemberEuros = new BigDecimal("50.00");
    private int monthlySeconds = 6000;
    private BigDecimal monthlyEuros = new BigDecimal("500.00");
    private String currency = "EUR";
    private BigDecimal usdToEur = new BigDecimal("0.920000");
    private String timeZone = "UTC";
    private boolean adminsNeedTwoFactor;
    @Version
    private long version;

    protected Workspace() {
        this.name = "";
        this.createdAt = Instant.EPOCH;
    }

    public Workspace(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("Workspace not saved yet");
        }
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getSeatLimit() {
        return seatLimit;
    }

    public int getDefaultInviteQuota() {
        return defaultInviteQuota;
    }

    public int getDefaultMemberSeconds() {
        return defaultMemberSeconds;
    }

    public BigDecimal getDefaultMemberEuros() {
        return defaultMemberEuros;
    }

    public int getMonthlySeconds() {
        return monthlySeconds;
    }

    public BigDecimal getMonthlyEuros() {
        return monthlyEuros;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getUsdToEur() {
        return usdToEur;
    }

    public String getTimeZone() {
        return timeZone;
    }

    /** Limits and defaults an admin sets; values are checked by the service before they get here. */
    public void setLimits(int seatLimit, int defaultInviteQuota, int defaultMemberSeconds, BigDecimal defaultMemberEuros,
            int monthlySeconds, BigDecimal monthlyEuros) {
        this.seatLimit = seatLimit;
        this.defaultInviteQuota = defaultInviteQuota;
        this.defaultMemberSeconds = defaultMemberSeconds;
        this.defaultMemberEuros = defaultMemberEuros;
        this.monthlySeconds = monthlySeconds;
        this.monthlyEuros = monthlyEuros;
    }

    public void setMoneySettings(String currency, BigDecimal usdToEur, String timeZone) {
        this.currency = currency;
        this.usdToEur = usdToEur;
        this.timeZone = timeZone;
    }

    public boolean isAdminsNeedTwoFactor() {
        return adminsNeedTwoFactor;
    }

    public void setAdminsNeedTwoFactor(boolean adminsNeedTwoFactor) {
        this.adminsNeedTwoFactor = adminsNeedTwoFactor;
    }
}
