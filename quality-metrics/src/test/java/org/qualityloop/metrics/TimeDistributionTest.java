package org.qualityloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeDistributionTest {

    private static TimeDistribution ofMillis(long... values) {
        TimeDistribution distribution = new TimeDistribution();
        for (long value : values) {
            distribution.addMillis(value);
        }
        return distribution;
    }

    // Quantile definition x(floor(q (n - 1))) on the sorted sample 10, 20, ..., 100 (n = 10):
    // p50 -> index floor(4.5) = 4 -> 50; p90 -> floor(8.1) = 8 -> 90; p95 -> floor(8.55) = 8 -> 90;
    // p99 -> floor(8.91) = 8 -> 90; mean 55; min 10; max 100.
    /**
     * Durations of more than Long.MAX_VALUE nanoseconds (about 292 years) are valid values: their
     * sketched quantiles keep the 1 % guarantee rather than stopping at the largest nanosecond
     * count. 65 values 10^13 + k · 10^10 ms (k = 0…64); expected: NumPy 2.4.6's
     * {@code numpy.quantile(values, q, method="lower")}, the documented definition.
     */
    @Test
    void sketchedQuantile_beyondNanosecondRange_staysWithinOnePercent() {
        TimeDistribution d = new TimeDistribution();
        for (int k = 0; k <= 64; k++) {
            d.addMillis(10_000_000_000_000L + k * 10_000_000_000L);
        }
        assertWithinOnePercent(d.quantile(0.5).orElseThrow(), 10_320_000_000_000L);
        assertWithinOnePercent(d.quantile(0.9).orElseThrow(), 10_570_000_000_000L);
        assertWithinOnePercent(d.result().orElseThrow().p99(), 10_630_000_000_000L);
    }

    private static void assertWithinOnePercent(Duration actual, long expectedMillis) {
        assertThat((double) actual.toMillis()).isBetween(expectedMillis * 0.99, expectedMillis * 1.01);
    }

    @Test
    void result_smallSample_isExact() {
        TimeDistributionResult result =
                ofMillis(70, 10, 100, 30, 20, 90, 50, 40, 60, 80).result().orElseThrow();
        assertThat(result.exact()).isTrue();
        assertThat(result.count()).isEqualTo(10);
        assertThat(result.mean()).isEqualTo(Duration.ofMillis(55));
        assertThat(result.min()).isEqualTo(Duration.ofMillis(10));
        assertThat(result.max()).isEqualTo(Duration.ofMillis(100));
        assertThat(result.p50()).isEqualTo(Duration.ofMillis(50));
        assertThat(result.p90()).isEqualTo(Duration.ofMillis(90));
        assertThat(result.p95()).isEqualTo(Duration.ofMillis(90));
        assertThat(result.p99()).isEqualTo(Duration.ofMillis(90));
    }

    @Test
    void result_meanKeepsSubMillisecondPart() {
        assertThat(ofMillis(1, 2).result().orElseThrow().mean())
                .isEqualTo(Duration.ofNanos(1_500_000));
    }

    @Test
    void result_largeSample_isWithinOnePercentAndMinMaxExact() {
        TimeDistribution distribution = new TimeDistribution();
        for (long v = 1; v <= 10_000; v++) {
            distribution.addMillis(v);
        }
        TimeDistributionResult result = distribution.result().orElseThrow();
        assertThat(result.exact()).isFalse();
        assertThat(result.min()).isEqualTo(Duration.ofMillis(1));
        assertThat(result.max()).isEqualTo(Duration.ofMillis(10_000));
        // Exact p95 is x(floor(0.95 * 9999)) = x(9499) = 9500 ms.
        double p95 = result.p95().toNanos() / 1e6;
        assertThat(Math.abs(p95 - 9500) / 9500).isLessThanOrEqualTo(0.01);
    }

    @Test
    void result_zeroDurations_areCountedExactly() {
        TimeDistribution distribution = new TimeDistribution();
        for (int i = 0; i < 100; i++) {
            distribution.addMillis(i < 60 ? 0 : 1_000);
        }
        TimeDistributionResult result = distribution.result().orElseThrow();
        assertThat(result.p50()).isEqualTo(Duration.ZERO);
        assertThat(result.p90()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void result_noData_isEmpty() {
        TimeDistribution distribution = new TimeDistribution();
        assertThat(distribution.result()).isEmpty();
        assertThat(distribution.quantile(0.5)).isEmpty();
    }

    @Test
    void add_negativeDuration_isRejectedNamingTheValue() {
        TimeDistribution distribution = new TimeDistribution();
        assertThatThrownBy(() -> distribution.add(Duration.ofSeconds(-5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duration must not be negative, but was PT-5S");
        assertThatThrownBy(() -> distribution.addMillis(-1))
                .hasMessage("millis must not be negative, but was -1");
        assertThat(distribution.count()).isZero();
    }

    @Test
    void quantile_outsideZeroToOne_isRejected() {
        assertThatThrownBy(() -> ofMillis(1).quantile(1.5))
                .hasMessage("q must be between 0.0 and 1.0, but was 1.5");
    }

    /**
     * Sketched quantiles of very long durations stay within the exact minimum and maximum: the
     * bucket's estimate in nanoseconds is beyond a double's exact range (2^53 ns is about 104
     * days), and converting it before clamping came out 64 ns above the maximum (found by
     * {@code AccumulatorProperties} with 18 years).
     */
    @Test
    void quantiles_ofVeryLongDurations_stayWithinMinimumAndMaximum() {
        TimeDistribution d = new TimeDistribution();
        for (int i = 0; i < 100; i++) {
            d.addMillis(588_527_278_247L);
        }
        TimeDistributionResult r = d.result().orElseThrow();
        assertThat(r.p50()).isEqualTo(Duration.ofMillis(588_527_278_247L));
        assertThat(r.p99()).isEqualTo(Duration.ofMillis(588_527_278_247L));
    }
}
