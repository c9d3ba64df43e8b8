package org.qualityloop.insight;

import java.util.Optional;
import org.qualityloop.metrics.NpsComparison;
import org.qualityloop.metrics.analysis.TwoProportionTest;
import org.qualityloop.model.internal.Checks;

/**
 * Two groups of the recovery paradox compared: the NPS difference with its Wald z-test
 * ({@code NpsResult.comparisonWith}) and the two-proportion z-test of their top-two-box satisfaction
 * shares ({@code BeforeAfter.twoProportions}, the first group as "before"; effect size Cohen's h).
 * Immutable and thread-safe.
 *
 * @param first the first group, not null
 * @param second the second group, not null
 * @param nps the first group's NPS minus the second's, with z, p-value and interval; empty when a
 *     group has no NPS answer
 * @param satisfied the test of the satisfied shares; empty when a group has no rating, or every
 *     rating of both is satisfied, or none is
 */
public record RecoveryComparison(RecoveryGroup first, RecoveryGroup second, Optional<NpsComparison> nps,
        Optional<TwoProportionTest> satisfied) {

    /**
     * Validates the comparison.
     *
     * @param first the first group, not null
     * @param second the second group, not null
     * @param nps the NPS comparison, or empty
     * @param satisfied the test of the satisfied shares, or empty
     */
    public RecoveryComparison {
        Checks.notNull(first, "first");
        Checks.notNull(second, "second");
        Checks.notNull(nps, "nps");
        Checks.notNull(satisfied, "satisfied");
    }
}
