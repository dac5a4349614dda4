package dev.clapboard.finance;

/**
 * The statistics of A/B results: proportions with 95 % normal-approximation (Wald) confidence intervals and
 * the pooled two-proportion z-test. Rates are doubles: they are statistics, not money.
 */
public final class AbStatistics {

    /** The two-sided critical value of the standard normal distribution at 95 %. */
    public static final double Z_95 = 1.959963984540054;

    private AbStatistics() {
    }

    /** A proportion and its 95 % confidence interval, clamped to [0, 1]. */
    public record Rate(double value, double low, double high) {
    }

    /** The result of comparing a variant with the control. */
    public record Comparison(double liftPercent, double z, double pValue, boolean significant) {
    }

    public static Rate rate(long successes, long trials) {
        if (trials == 0) {
            return new Rate(0, 0, 0);
        }
        var p = (double) successes / trials;
        var margin = Z_95 * Math.sqrt(p * (1 - p) / trials);
        return new Rate(p, Math.max(0, p - margin), Math.min(1, p + margin));
    }

    /** Variant b against control a: lift of b's rate over a's, pooled z, two-sided p-value, significant at 95 %. */
    public static Comparison compare(long successesA, long trialsA, long successesB, long trialsB) {
        if (trialsA == 0 || trialsB == 0) {
            return new Comparison(0, 0, 1, false);
        }
        var pA = (double) successesA / trialsA;
        var pB = (double) successesB / trialsB;
        var pooled = (double) (successesA + successesB) / (trialsA + trialsB);
        var se = Math.sqrt(pooled * (1 - pooled) * (1.0 / trialsA + 1.0 / trialsB));
        var z = se == 0 ? 0 : (pB - pA) / se;
        var p = 2 * (1 - normalCdf(Math.abs(z)));
        var lift = pA == 0 ? 0 : (pB - pA) / pA * 100;
        return new Comparison(lift, z, p, Math.abs(z) >= Z_95);
    }

    /** Φ(x) through erf, Abramowitz &amp; Stegun 7.1.26 (absolute error below 1.5e-7). */
    static double normalCdf(double x) {
        var t = 1 / (1 + 0.3275911 * Math.abs(x) / Math.sqrt(2));
        var y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t
                * Math.exp(-x * x / 2);
        var erf = x >= 0 ? y : -y;
        return 0.5 * (1 + erf);
    }
}
