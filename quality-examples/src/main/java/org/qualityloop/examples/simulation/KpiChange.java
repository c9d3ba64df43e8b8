package org.qualityloop.examples.simulation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.qualityloop.metrics.analysis.TestResult;
import org.qualityloop.model.kpi.KpiDefinition;

/**
 * One KPI before and after an improvement, with its significance test. Immutable.
 *
 * @param kpi the KPI's definition, not null
 * @param before the value before, if measured
 * @param after the value after, if measured
 * @param test the test used for the KPI's kind of quantity, not null
 * @param result the test's statistic, p-value and effect size; empty when it could not be run
 *     (no data or no variation)
 * @param adjustedP the p-value adjusted by Holm's method within its family (the KPIs the
 *     improvement names, or the others), 1 when no test ran
 * @param significant whether the adjusted p-value is below the comparison's α
 * @param improved whether the value moved in the KPI's better direction
 * @param expected whether the improvement names this KPI as one it should move
 */
public record KpiChange(KpiDefinition kpi, Optional<BigDecimal> before, Optional<BigDecimal> after, Test test,
        Optional<TestResult> result, double adjustedP, boolean significant, boolean improved, boolean expected) {

    /** The significance tests of {@link org.qualityloop.metrics.analysis.BeforeAfter}. */
    public enum Test {
        /** Two-proportion z-test, for rates. */
        TWO_PROPORTION_Z,
        /** Mann–Whitney U test, for times. */
        MANN_WHITNEY_U,
        /** Welch's t-test, for mean scores and NPS. */
        WELCH_T
    }

    /**
     * Validates the change.
     *
     * @param kpi the KPI's definition, not null
     * @param before the value before, if measured
     * @param after the value after, if measured
     * @param test the test used for the KPI's kind of quantity, not null
     * @param result the test's statistic, p-value and effect size; empty when it could not be run
     *     (no data or no variation)
     * @param adjustedP the p-value adjusted by Holm's method within its family (the KPIs the
     *     improvement names, or the others), 1 when no test ran
     * @param significant whether the adjusted p-value is below the comparison's α
     * @param improved whether the value moved in the KPI's better direction
     * @param expected whether the improvement names this KPI as one it should move
     * @throws IllegalArgumentException when the adjusted p-value is outside 0–1
     */
    public KpiChange {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(result, "result");
        if (!(adjustedP >= 0 && adjustedP <= 1)) {
            throw new IllegalArgumentException("adjustedP must be between 0 and 1, but was " + adjustedP);
        }
    }

    /**
     * The relative change of the value.
     *
     * @return {@code (after − before) / |before|}, or empty when a value is missing or before is 0
     */
    public Optional<Double> relativeChange() {
        if (before.isEmpty() || after.isEmpty() || before.get().signum() == 0) {
            return Optional.empty();
        }
        double b = before.get().doubleValue();
        return Optional.of((after.get().doubleValue() - b) / Math.abs(b));
    }
}
