package dev.clapboard.workspace;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One calendar month of generation quota: what runs have used, what runs in flight hold (reserved), and the
 * limits, in seconds of video and in euros.
 */
public record QuotaUsage(int usedSeconds, int reservedSeconds, int secondsLimit, BigDecimal usedEuros,
        BigDecimal reservedEuros, BigDecimal eurosLimit) {

    public int spentSeconds() {
        return usedSeconds + reservedSeconds;
    }

    public BigDecimal spentEuros() {
        return usedEuros.add(reservedEuros);
    }

    public int remainingSeconds() {
        return Math.max(0, secondsLimit - spentSeconds());
    }

    public BigDecimal remainingEuros() {
        return eurosLimit.subtract(spentEuros()).max(BigDecimal.ZERO);
    }

    /** Share of the seconds quota spent, 0 to 1 (capped), for progress bars. */
    public double secondsShare() {
        return secondsLimit <= 0 ? 1 : Math.min(1, (double) spentSeconds() / secondsLimit);
    }

    public double eurosShare() {
        return eurosLimit.signum() <= 0 ? 1
                : Math.min(1, spentEuros().divide(eurosLimit, 4, RoundingMode.HALF_UP).doubleValue());
    }

    /** The higher of the two shares in whole percent, uncapped. */
    public int percentSpent() {
        int seconds = secondsLimit <= 0 ? 100 : (int) (100L * spentSeconds() / secondsLimit);
        int euros = eurosLimit.signum() <= 0 ? 100
                : spentEuros().multiply(BigDecimal.valueOf(100)).divide(eurosLimit, 0, RoundingMode.DOWN).intValue();
        return Math.max(seconds, euros);
    }
}
