package dev.clapboard.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AbStatisticsTest {

    @Test
    void two_hundred_against_two_hundred_sixty_clicks_in_ten_thousand_is_significant_at_95_percent() {
        var comparison = AbStatistics.compare(200, 10_000, 260, 10_000);

        assertThat(comparison.significant()).isTrue();
        assertThat(comparison.liftPercent()).isCloseTo(30.0, within(1e-9));
        // pooled p = 0.023, se = sqrt(0.023 × 0.977 × 2 / 10 000) = 0.0021200, z = 0.006 / se
        assertThat(comparison.z()).isCloseTo(2.8302, within(1e-4));
        assertThat(comparison.pValue()).isCloseTo(0.00465, within(1e-4));
    }

    @Test
    void a_small_difference_on_few_impressions_is_not_significant() {
        var comparison = AbStatistics.compare(20, 1_000, 24, 1_000);

        assertThat(comparison.significant()).isFalse();
        assertThat(comparison.liftPercent()).isCloseTo(20.0, within(1e-9));
    }

    @Test
    void a_rate_carries_its_95_percent_confidence_interval() {
        var ctr = AbStatistics.rate(200, 10_000);

        assertThat(ctr.value()).isEqualTo(0.02);
        // 1.96 × sqrt(0.02 × 0.98 / 10 000) = 0.002744
        assertThat(ctr.low()).isCloseTo(0.017256, within(1e-5));
        assertThat(ctr.high()).isCloseTo(0.022744, within(1e-5));
    }

    @Test
    void no_impressions_give_a_zero_rate_and_no_verdict() {
        assertThat(AbStatistics.rate(0, 0).value()).isZero();
        assertThat(AbStatistics.compare(0, 0, 5, 100).significant()).isFalse();
    }
}
