package org.qualityloop.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Invariants of the {@link BeforeAfter} tests: the exact Mann–Whitney distribution equals the
 * count over every ordering, swapping the samples mirrors every result, a two-sided p-value is
 * twice the smaller one-sided one, and the intervals contain their estimates.
 */
class BeforeAfterProperties {

    @Property(tries = 60)
    void exactDistribution_equalsEnumerationOfEveryOrdering(@ForAll @IntRange(min = 1, max = 7) int m,
            @ForAll @IntRange(min = 1, max = 7) int n) {
        long[] counts = new long[m * n + 1];
        long orderings = 0;
        for (int mask = 0; mask < 1 << (m + n); mask++) {
            if (Integer.bitCount(mask) != m) {
                continue;
            }
            orderings++;
            int u = 0;
            int ysBelow = 0;
            for (int position = 0; position < m + n; position++) {
                if ((mask >> position & 1) == 1) {
                    u += ysBelow; // an x at this position beats every y below it
                } else {
                    ysBelow++;
                }
            }
            counts[u]++;
        }
        double[] distribution = MannWhitneyExact.distribution(m, n);
        assertThat(distribution).hasSize(counts.length);
        for (int u = 0; u < counts.length; u++) {
            assertThat(distribution[u]).isCloseTo((double) counts[u] / orderings, within(1e-15));
        }
    }

    @Property(tries = 40)
    void exactDistribution_isSymmetricAndSumsToOne(@ForAll @IntRange(min = 1, max = 49) int m,
            @ForAll @IntRange(min = 1, max = 49) int n) {
        double[] p = MannWhitneyExact.distribution(m, n);
        double sum = 0;
        for (int u = 0; u < p.length; u++) {
            sum += p[u];
            assertThat(p[u]).isCloseTo(p[p.length - 1 - u], within(1e-15 + 1e-12 * p[u]));
        }
        assertThat(sum).isCloseTo(1.0, within(1e-12));
    }

    @Property
    void mannWhitney_swappingSamplesMirrorsTheResult(@ForAll("samples") double[] before,
            @ForAll("samples") double[] after) {
        Optional<MannWhitneyTest> forward = BeforeAfter.mannWhitney(before, after, Alternative.GREATER);
        Optional<MannWhitneyTest> backward = BeforeAfter.mannWhitney(after, before, Alternative.LESS);
        assertThat(forward.isPresent()).isEqualTo(backward.isPresent());
        forward.ifPresent(f -> {
            MannWhitneyTest b = backward.orElseThrow();
            assertThat(f.u() + b.u()).isEqualTo((double) before.length * after.length);
            assertThat(b.uAfter()).isEqualTo(f.u());
            assertThat(b.pValue()).isCloseTo(f.pValue(), within(1e-12));
            assertThat(b.z()).isCloseTo(-f.z(), within(1e-12));
            assertThat(b.method()).isEqualTo(f.method());
            assertThat(b.rankBiserial()).isCloseTo(-f.rankBiserial(), within(1e-12));
            assertThat(f.commonLanguageInterval().contains(f.commonLanguage())).isTrue();
        });
    }

    @Property
    void mannWhitney_twoSidedIsTwiceTheSmallerTail(@ForAll("samples") double[] before,
            @ForAll("samples") double[] after) {
        BeforeAfter.mannWhitney(before, after).ifPresent(two -> {
            double greater = BeforeAfter.mannWhitney(before, after, Alternative.GREATER).orElseThrow().pValue();
            double less = BeforeAfter.mannWhitney(before, after, Alternative.LESS).orElseThrow().pValue();
            assertThat(two.pValue()).isCloseTo(Math.min(1.0, 2 * Math.min(greater, less)), within(1e-12));
        });
    }

    @Property
    void twoProportions_sidesAndIntervals(@ForAll @IntRange(min = 1, max = 400) int trialsBefore,
            @ForAll @IntRange(min = 1, max = 400) int trialsAfter, @ForAll @IntRange(min = 0, max = 400) int x,
            @ForAll @IntRange(min = 0, max = 400) int y) {
        long successesBefore = x % (trialsBefore + 1);
        long successesAfter = y % (trialsAfter + 1);
        BeforeAfter.twoProportions(successesBefore, trialsBefore, successesAfter, trialsAfter).ifPresent(two -> {
            TwoProportionTest greater = BeforeAfter.twoProportions(successesBefore, trialsBefore, successesAfter,
                    trialsAfter, Alternative.GREATER).orElseThrow();
            TwoProportionTest less = BeforeAfter.twoProportions(successesBefore, trialsBefore, successesAfter,
                    trialsAfter, Alternative.LESS).orElseThrow();
            assertThat(greater.pValue() + less.pValue()).isCloseTo(1.0, within(1e-12));
            assertThat(two.pValue()).isCloseTo(Math.min(1.0, 2 * Math.min(greater.pValue(), less.pValue())),
                    within(1e-12));
            assertThat(two.differenceInterval().contains(two.difference())).isTrue();
            assertThat(two.newcombeInterval().contains(two.difference())).isTrue();
            assertThat(two.cohensHInterval().contains(two.cohensH())).isTrue();
        });
    }

    @Property
    void welch_twoSidedIsTwiceTheSmallerTail_andIntervalHoldsTheDifference(
            @ForAll @Size(min = 2, max = 30) List<@IntRange(min = -50, max = 50) Integer> before,
            @ForAll @Size(min = 2, max = 30) List<@IntRange(min = -50, max = 50) Integer> after) {
        double[] b = before.stream().mapToDouble(Integer::doubleValue).toArray();
        double[] a = after.stream().mapToDouble(Integer::doubleValue).toArray();
        BeforeAfter.welch(b, a).ifPresent(two -> {
            double greater = BeforeAfter.welch(b, a, Alternative.GREATER).orElseThrow().pValue();
            double less = BeforeAfter.welch(b, a, Alternative.LESS).orElseThrow().pValue();
            assertThat(greater + less).isCloseTo(1.0, within(1e-9));
            assertThat(two.pValue()).isCloseTo(Math.min(1.0, 2 * Math.min(greater, less)), within(1e-9));
            assertThat(two.differenceInterval().contains(two.difference())).isTrue();
        });
    }

    @Provide
    Arbitrary<double[]> samples() {
        // Small integers tie often; a continuous spread rarely does; both sides of the exact rule.
        Arbitrary<double[]> tied = Arbitraries.integers().between(0, 6).map(Integer::doubleValue)
                .array(double[].class).ofMinSize(1).ofMaxSize(12);
        Arbitrary<double[]> spread = Arbitraries.doubles().between(-1000, 1000)
                .array(double[].class).ofMinSize(1).ofMaxSize(60);
        return Arbitraries.oneOf(tied, spread);
    }
}
