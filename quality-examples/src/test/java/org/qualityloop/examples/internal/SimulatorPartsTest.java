package org.qualityloop.examples.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.qualityloop.examples.scenario.LogNormal;

/** The simulator's building blocks: the simulated clock and the random draws. */
class SimulatorPartsTest {

    @Test
    void simClock_movesOnlyForwards_andItsZoneViewsMoveWithIt() {
        Instant t0 = Instant.parse("2026-09-01T00:00:00Z");
        SimClock clock = new SimClock(t0, ZoneId.of("Asia/Shanghai"));
        java.time.Clock utc = clock.withZone(ZoneOffset.UTC);
        clock.advanceTo(t0.plusSeconds(60));
        clock.advanceTo(t0);
        assertThat(clock.instant()).isEqualTo(t0.plusSeconds(60));
        assertThat(utc.instant()).isEqualTo(t0.plusSeconds(60));
        assertThat(utc.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(clock.withZone(ZoneId.of("Asia/Shanghai"))).isSameAs(clock);
    }

    @Test
    void logNormal_drawsHaveTheGivenMedianAndP90() {
        Rng rng = new Rng(new SplittableRandom(1));
        LogNormal d = LogNormal.of("PT4M", "PT15M");
        long[] ms = new long[100_000];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = rng.millis(d);
        }
        Arrays.sort(ms);
        assertThat(ms[50_000] / 60_000.0).isBetween(3.95, 4.05);
        assertThat(ms[90_000] / 60_000.0).isBetween(14.7, 15.3);
        double mean = Arrays.stream(ms).average().orElseThrow();
        assertThat(mean).isCloseTo(d.mean().toMillis(), org.assertj.core.data.Percentage.withPercentage(2));
    }

    @Test
    void poissonAndCategoricalDraws_matchTheirRates() {
        Rng rng = new Rng(new SplittableRandom(2));
        double small = 0;
        double large = 0;
        for (int i = 0; i < 20_000; i++) {
            small += rng.poisson(3.5);
            large += rng.poisson(1100);
        }
        assertThat(small / 20_000).isBetween(3.45, 3.55);
        assertThat(large / 20_000).isBetween(1099.0, 1101.0);

        Map<String, Double> w = new LinkedHashMap<>();
        w.put("a", 1.0);
        w.put("b", 3.0);
        Categorical<String> c = new Categorical<>(w);
        int b = 0;
        for (int i = 0; i < 40_000; i++) {
            if (c.draw(rng).equals("b")) {
                b++;
            }
        }
        assertThat(b / 40_000.0).isBetween(0.74, 0.76);
    }

    @Test
    void scores_areClippedToTheirScale_andSkewedByTheClip() {
        Rng rng = new Rng(new SplittableRandom(3));
        int tens = 0;
        for (int i = 0; i < 10_000; i++) {
            int s = rng.score(8.8, 1.9, 0, 10);
            assertThat(s).isBetween(0, 10);
            if (s == 10) {
                tens++;
            }
        }
        // Everything above 9.5 lands on 10: P(Z > 0.37) is about 36 %.
        assertThat(tens / 10_000.0).isBetween(0.33, 0.39);
    }
}
