package org.qualityloop.insight;

import java.util.Optional;
import org.qualityloop.metrics.Interval;
import org.qualityloop.metrics.NpsComparison;
import org.qualityloop.metrics.analysis.TwoProportionTest;
import org.qualityloop.model.internal.Checks;

/**
 * Two groups of the recovery paradox compared: the NPS difference with its Wald z-test
 * ({@code NpsResult.comparisonWith}) and the two-proportion z-test of their top-two-box satisfaction
 * shares ({@code BeforeAfter.twoProportions}, the first group as "before"; effect size Cohen's h),
 * with the intervals of both differences at the chosen confidence level (the tests' own intervals
 * are at 95 %). Immutable and thread-safe.
 *
 * @param first the first group, not null
 * @param second the second group, not null
 * @param nps the first group's NPS minus the second's, with z, p-value and 95 % interval; empty when
 *     a group has no NPS answer
 * @param satisfied the test of the satisfied shares; empty when a group has no rating, or every
 *     rating of both is satisfied, or none is
 * @param level the confidence level of the two intervals below, at least 0.5 and below 1
 * @param npsInterval the Wald interval of the NPS difference at {@code level},
 *     {@code difference ± z · standardError}; present exactly when {@code nps} is
 * @param satisfiedInterval Newcombe's hybrid score interval of the difference of the satisfied
 *     shares at {@code level} (from the Wilson intervals of both shares at that level, as
 *     {@code TwoProportionTest.newcombeInterval()} at 95 %); present exactly when {@code satisfied}
 *     is
 */
public record RecoveryComparison(RecoveryGroup first, RecoveryGroup second, Optional<NpsComparison> nps,
        Optional<TwoProportionTest> satisfied, double level, Optional<Interval> npsInterval,
        Optional<Interval> satisfiedInterval) {

    /**
     * Validates the comparison.
     *
     * @param first the first group, not null
     * @param second the second group, not null
     * @param nps the NPS comparison, or empty
     * @param satisfied the test of the satisfied shares, or empty
     * @param level the confidence level, at least 0.5 and below 1
     * @param npsInterval the interval of the NPS difference at {@code level}; present exactly when
     *     {@code nps} is
     * @param satisfiedInterval the interval of the difference of the satisfied shares at
     *     {@code level}; present exactly when {@code satisfied} is
     * @throws IllegalArgumentException when an interval is present without its test or missing with
     *     it, or the level is outside [0.5, 1)
     */
    public RecoveryComparison {
        Checks.notNull(first, "first");
        Checks.notNull(second, "second");
        Checks.notNull(nps, "nps");
        Checks.notNull(satisfied, "satisfied");
        Checks.notNull(npsInterval, "npsInterval");
        Checks.notNull(satisfiedInterval, "satisfiedInterval");
        Confidence.check(level);
        if (nps.isPresent() != npsInterval.isPresent()) {
            throw new IllegalArgumentException("npsInterval must be present exactly when nps is, but was "
                    + (npsInterval.isPresent() ? "present" : "empty"));
        }
        if (satisfied.isPresent() != satisfiedInterval.isPresent()) {
            throw new IllegalArgumentException("satisfiedInterval must be present exactly when satisfied is, but was "
                    + (satisfiedInterval.isPresent() ? "present" : "empty"));
        }
    }

    /**
     * The comparison at the 95 % level: the intervals are the tests' own.
     *
     * @param first the first group, not null
     * @param second the second group, not null
     * @param nps the NPS comparison, or empty
     * @param satisfied the test of the satisfied shares, or empty
     */
    public RecoveryComparison(RecoveryGroup first, RecoveryGroup second, Optional<NpsComparison> nps,
            Optional<TwoProportionTest> satisfied) {
        this(first, second, nps, satisfied, Confidence.DEFAULT_LEVEL,
                Checks.notNull(nps, "nps").map(NpsComparison::interval),
                Checks.notNull(satisfied, "satisfied").map(TwoProportionTest::newcombeInterval));
    }
}
