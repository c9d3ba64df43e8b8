package org.qualityloop.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.qualityloop.metrics.Interval;
import org.qualityloop.metrics.NpsResult;
import org.qualityloop.metrics.analysis.BeforeAfter;
import org.qualityloop.metrics.analysis.TwoProportionTest;

/**
 * Confidence levels: the normal quantiles against published tables, the level's rule, and the
 * intervals at any level against the intervals {@code quality-metrics} computes at 95 %.
 */
class ConfidenceTest {

    /** Two-sided z values as printed in any normal table (e.g. NIST/SEMATECH e-Handbook 1.3.6.7.1). */
    @Test
    void z_matchesTheNormalTable() {
        assertThat(Confidence.z(0.90)).isCloseTo(1.6448536269514722, within(1e-15));
        assertThat(Confidence.z(0.99)).isCloseTo(2.5758293035489004, within(1e-15));
        assertThat(Confidence.z(0.95)).isEqualTo(1.959963984540054);
        assertThat(Confidence.quantile(0.975)).isCloseTo(1.959963984540054, within(1e-15));
        assertThat(Confidence.z(0.5)).isCloseTo(0.6744897501960817, within(1e-15));
        assertThat(Confidence.quantile(1e-10)).isCloseTo(-6.361340902404056, within(1e-12));
    }

    /**
     * Levels close to 1 keep z to full precision: {@code (1 + level) / 2} would round the tail
     * {@code (1 − level) / 2} away. Expected values are SciPy 1.17.1's
     * {@code scipy.stats.norm.isf((1 - level) / 2)}, whose argument is exact.
     */
    @Test
    void z_nearOne_keepsTheTailExact() {
        assertThat(Confidence.z(0.999999)).isCloseTo(4.8916384756929325, within(1e-14));
        assertThat(Confidence.z(1 - 1e-9)).isCloseTo(6.10941020938345, within(1e-13));
        assertThat(Confidence.z(1 - 1e-12)).isCloseTo(7.130509892879273, within(1e-13));
        assertThat(Confidence.z(0.9999999999999999)).isCloseTo(8.292361075813597, within(1e-13));
    }

    /**
     * The largest level below 1 is a valid level: its interval is computed, not rejected as not
     * finite ({@code (1 + level) / 2} rounds to 1 there, whose quantile is not a number). Expected
     * value: the Wilson interval of 30 satisfied ratings out of 50 at
     * {@code z = scipy.stats.norm.isf((1 - level) / 2) = 8.292361075813597} (SciPy 1.17.1).
     */
    @Test
    void group_atTheLargestLevelBelowOne_hasAFiniteInterval() {
        RecoveryParadox p = new RecoveryParadox();
        for (int i = 0; i < 50; i++) {
            p.addSatisfaction(Optional.empty(), i < 30 ? 4 : 2);
        }
        Interval satisfied = p.group(RecoveryGroup.NEVER_FAILED, Math.nextDown(1.0)).satisfiedInterval().orElseThrow();
        assertThat(satisfied.lower()).isCloseTo(0.16485927735228134, within(1e-13));
        assertThat(satisfied.upper()).isCloseTo(0.9193418523218816, within(1e-13));
    }

    @Test
    void check_outsideHalfToOne_isRejectedNamingTheValue() {
        assertThatThrownBy(() -> Confidence.check(1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("level must be at least 0.5 and below 1, but was 1.0");
        assertThatThrownBy(() -> Confidence.check(0.45)).hasMessage("level must be at least 0.5 and below 1, but was 0.45");
        assertThatThrownBy(() -> Confidence.check(Double.NaN)).hasMessage("level must be at least 0.5 and below 1, but was NaN");
        assertThat(Confidence.check(0.5)).isEqualTo(0.5);
    }

    /** The level's formulas, run at z of 95 %, give the metrics' own 95 % intervals. */
    @Property(tries = 300)
    void formulasAt95_giveTheMetricsIntervals(@ForAll @IntRange(min = 0, max = 40) int promoters,
            @ForAll @IntRange(min = 0, max = 40) int passives, @ForAll @IntRange(min = 1, max = 40) int detractors,
            @ForAll @IntRange(min = 1, max = 60) int n1, @ForAll @IntRange(min = 1, max = 60) int n2,
            @ForAll @IntRange(min = 0, max = 60) int x1, @ForAll @IntRange(min = 0, max = 60) int x2) {
        NpsResult nps = NpsResult.of(promoters, passives, detractors);
        assertClose(RecoveryParadox.adjustedWald(nps, Confidence.Z_975), nps.adjustedWald());
        Optional<TwoProportionTest> t = BeforeAfter.twoProportions(Math.min(x1, n1), n1, Math.min(x2, n2), n2);
        t.ifPresent(test -> assertClose(RecoveryParadox.newcombe(test, Confidence.Z_975), test.newcombeInterval()));
    }

    /** A higher level gives a wider interval around the same estimate. */
    @Property(tries = 200)
    void higherLevel_givesANestedInterval(@ForAll @DoubleRange(min = 0.5, max = 0.99) double level,
            @ForAll @IntRange(min = 1, max = 50) int n, @ForAll @IntRange(min = 0, max = 50) int x) {
        int successes = Math.min(x, n);
        Interval lower = Confidence.wilson(successes, n, Confidence.z(level));
        Interval higher = Confidence.wilson(successes, n, Confidence.z(level + (0.999 - level) / 2));
        // at 0 or n successes one bound is 0 or 1 in exact arithmetic and may be off by an ulp
        assertThat(higher.lower()).isLessThanOrEqualTo(lower.lower() + 1e-15);
        assertThat(higher.upper()).isGreaterThanOrEqualTo(lower.upper() - 1e-15);
    }

    private static void assertClose(Interval actual, Interval expected) {
        assertThat(actual.lower()).isCloseTo(expected.lower(), within(1e-12));
        assertThat(actual.upper()).isCloseTo(expected.upper(), within(1e-12));
    }
}
