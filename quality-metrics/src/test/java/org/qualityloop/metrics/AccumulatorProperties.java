package org.qualityloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class AccumulatorProperties {

    @Provide
    Arbitrary<List<Integer>> npsScores() {
        return Arbitraries.integers().between(0, 10).list().ofMaxSize(300);
    }

    @Provide
    Arbitrary<List<Integer>> csatScores() {
        return Arbitraries.integers().between(1, 5).list().ofMaxSize(300);
    }

    @Provide
    Arbitrary<List<Long>> millis() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(0, 200),
                Arbitraries.longs().between(0, 86_400_000L),
                Arbitraries.longs().between(0, Long.MAX_VALUE / 1_000_000))
                .list().ofMaxSize(300);
    }

    private static NpsAccumulator nps(List<Integer> scores) {
        NpsAccumulator nps = new NpsAccumulator();
        scores.forEach(nps::add);
        return nps;
    }

    private static CsatAccumulator csat(List<Integer> scores) {
        CsatAccumulator csat = CsatAccumulator.oneToFive();
        scores.forEach(csat::add);
        return csat;
    }

    private static TimeDistribution times(List<Long> values) {
        TimeDistribution distribution = new TimeDistribution();
        values.forEach(distribution::addMillis);
        return distribution;
    }

    private static int cut(List<?> list, int percent) {
        return list.size() * percent / 100;
    }

    @Property
    void nps_mergeOfAnySplit_equalsAccumulatingAll(
            @ForAll("npsScores") List<Integer> scores,
            @ForAll @IntRange(max = 100) int first, @ForAll @IntRange(max = 100) int second) {
        int i = Math.min(cut(scores, first), cut(scores, second));
        int j = Math.max(cut(scores, first), cut(scores, second));
        NpsAccumulator a = nps(scores.subList(0, i));
        NpsAccumulator b = nps(scores.subList(i, j));
        NpsAccumulator c = nps(scores.subList(j, scores.size()));
        NpsAccumulator all = nps(scores);
        NpsAccumulator left = nps(List.of()).merge(a).merge(b).merge(c);
        NpsAccumulator right = nps(List.of()).merge(c).merge(nps(List.of()).merge(b).merge(a));
        assertThat(left).isEqualTo(all);
        assertThat(right).isEqualTo(all);
        assertThat(left.result()).isEqualTo(all.result());
    }

    @Property
    void nps_scoreAndIntervalsStayWithinScale(@ForAll("npsScores") List<Integer> scores) {
        nps(scores).result().ifPresentOrElse(result -> {
            assertThat(result.score()).isBetween(-100.0, 100.0);
            assertThat(result.wald().lower()).isBetween(-100.0, 100.0);
            assertThat(result.wald().upper()).isBetween(-100.0, 100.0);
            assertThat(result.adjustedWald().lower()).isBetween(-100.0, 100.0);
            assertThat(result.adjustedWald().upper()).isBetween(-100.0, 100.0);
            assertThat(result.wald().contains(result.score())).isTrue();
        }, () -> assertThat(scores).isEmpty());
    }

    @Property
    void csat_mergeOfAnySplit_equalsAccumulatingAll(
            @ForAll("csatScores") List<Integer> scores, @ForAll @IntRange(max = 100) int at) {
        int i = cut(scores, at);
        CsatAccumulator merged = csat(scores.subList(i, scores.size()))
                .merge(csat(scores.subList(0, i)));
        assertThat(merged).isEqualTo(csat(scores));
        assertThat(merged.result()).isEqualTo(csat(scores).result());
    }

    @Property
    void times_mergeOfAnySplit_equalsAccumulatingAll(
            @ForAll("millis") List<Long> values,
            @ForAll @IntRange(max = 100) int first, @ForAll @IntRange(max = 100) int second) {
        int i = Math.min(cut(values, first), cut(values, second));
        int j = Math.max(cut(values, first), cut(values, second));
        TimeDistribution a = times(values.subList(0, i));
        TimeDistribution b = times(values.subList(i, j));
        TimeDistribution c = times(values.subList(j, values.size()));
        TimeDistribution all = times(values);
        TimeDistribution left = times(List.of()).merge(a).merge(b).merge(c);
        TimeDistribution right = times(List.of()).merge(c).merge(times(List.of()).merge(b).merge(a));
        assertThat(left).isEqualTo(all);
        assertThat(right).isEqualTo(all);
        assertThat(left.result()).isEqualTo(all.result());
        assertThat(right.result()).isEqualTo(all.result());
    }

    /** Heavy-tailed and skewed samples: log-normal, Pareto (alpha 1.2) and uniform. */
    @Property(tries = 200)
    void times_quantilesStayWithinOnePercentOfExact(
            @ForAll @IntRange(min = 0, max = 2) int shape,
            @ForAll @IntRange(min = 1, max = 5_000) int n,
            @ForAll long seed,
            @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 0, max = 1000) Integer> perMille) {
        Random random = new Random(seed);
        long[] values = new long[n];
        for (int k = 0; k < n; k++) {
            double x = switch (shape) {
                case 0 -> Math.exp(8.0 + 2.0 * random.nextGaussian());
                case 1 -> 1_000.0 / Math.pow(1.0 - random.nextDouble(), 1.0 / 1.2);
                default -> random.nextDouble() * 3_600_000.0;
            };
            values[k] = (long) Math.min(x, 1e15);
        }
        TimeDistribution distribution = new TimeDistribution();
        for (long v : values) {
            distribution.addMillis(v);
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int m : perMille) {
            double q = m / 1000.0;
            long exact = sorted[(int) Math.floor(q * (n - 1))];
            Duration estimate = distribution.quantile(q).orElseThrow();
            double estimateMillis = estimate.toNanos() / 1e6;
            assertThat(Math.abs(estimateMillis - exact))
                    .isLessThanOrEqualTo(TimeDistribution.RELATIVE_ACCURACY * exact * (1 + 1e-9));
        }
    }
}
