package org.qualityloop.examples.testing;

import java.math.BigDecimal;
import org.qualityloop.model.kpi.KpiStatus;

/**
 * Expectations on one KPI of a run. Each returns the run's outcome so expectations chain.
 * Immutable.
 */
public final class KpiCheck {

    private final RunOutcome outcome;
    private final String kpi;
    private final String label;

    KpiCheck(RunOutcome outcome, String kpi, String label) {
        this.outcome = outcome;
        this.kpi = kpi;
        this.label = label;
    }

    private BigDecimal value() {
        return outcome.result().value(kpi).orElseThrow(() -> new AssertionError(label + ": KPI " + kpi
                + " had no data"));
    }

    /**
     * Expects the KPI's value to be within a range, bounds included.
     *
     * @param min the lowest value allowed, in the KPI's unit
     * @param max the highest value allowed
     * @return the run's outcome
     * @throws AssertionError otherwise
     */
    public RunOutcome isBetween(double min, double max) {
        double v = value().doubleValue();
        if (v < min || v > max) {
            throw new AssertionError(label + ": KPI " + kpi + " was " + value().toPlainString() + ", expected between "
                    + min + " and " + max);
        }
        return outcome;
    }

    /**
     * Expects the KPI's value to be at least a bound.
     *
     * @param min the lowest value allowed
     * @return the run's outcome
     * @throws AssertionError otherwise
     */
    public RunOutcome isAtLeast(double min) {
        return isBetween(min, Double.POSITIVE_INFINITY);
    }

    /**
     * Expects the KPI's value to be at most a bound.
     *
     * @param max the highest value allowed
     * @return the run's outcome
     * @throws AssertionError otherwise
     */
    public RunOutcome isAtMost(double max) {
        return isBetween(Double.NEGATIVE_INFINITY, max);
    }

    /**
     * Expects the KPI's grade against its target.
     *
     * @param status met, at risk or missed
     * @return the run's outcome
     * @throws AssertionError otherwise
     */
    public RunOutcome hasStatus(KpiStatus status) {
        KpiStatus actual = outcome.result().status(kpi).orElseThrow(() -> new AssertionError(label + ": KPI " + kpi
                + " had no data"));
        if (actual != status) {
            throw new AssertionError(label + ": KPI " + kpi + " was " + actual + " (" + value().toPlainString()
                    + "), expected " + status);
        }
        return outcome;
    }
}
