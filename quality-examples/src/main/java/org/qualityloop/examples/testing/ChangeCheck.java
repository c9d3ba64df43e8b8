package org.qualityloop.examples.testing;

import java.util.List;
import org.qualityloop.examples.simulation.KpiChange;

/**
 * Expectations on one KPI's change in an improvement run. Each returns this check, and
 * {@link #and()} returns to the outcome. Immutable.
 */
public final class ChangeCheck {

    private final ChangeOutcome outcome;
    private final KpiChange change;
    private final String label;

    ChangeCheck(ChangeOutcome outcome, KpiChange change, String label) {
        this.outcome = outcome;
        this.change = change;
        this.label = label;
    }

    private AssertionError fail(String expected) {
        return new AssertionError(label + ": expected KPI " + change.kpi().id().value() + " " + expected + ", but "
                + ChangeOutcome.describe(List.of(change)));
    }

    /**
     * Expects the KPI to have moved in its better direction, significantly.
     *
     * @return this check
     * @throws AssertionError otherwise
     */
    public ChangeCheck improvesSignificantly() {
        if (!change.significant() || !change.improved()) {
            throw fail("to improve significantly");
        }
        return this;
    }

    /**
     * Expects the KPI not to have changed significantly.
     *
     * @return this check
     * @throws AssertionError otherwise
     */
    public ChangeCheck doesNotChangeSignificantly() {
        if (change.significant()) {
            throw fail("not to change significantly");
        }
        return this;
    }

    /**
     * Expects the relative change of the KPI's value to be within a range.
     *
     * @param minPercent the lowest change allowed, in percent (−30 for a 30 % fall)
     * @param maxPercent the highest change allowed, in percent
     * @return this check
     * @throws AssertionError otherwise, or when a value is missing
     */
    public ChangeCheck changesByBetween(double minPercent, double maxPercent) {
        double pct = 100 * change.relativeChange().orElseThrow(() -> fail("to have values before and after"));
        if (pct < minPercent || pct > maxPercent) {
            throw fail(String.format(java.util.Locale.ROOT, "to change by %s to %s %%, it changed by %.1f %%",
                    minPercent, maxPercent, pct));
        }
        return this;
    }

    /**
     * Returns the outcome, to go on with another KPI.
     *
     * @return the outcome, to go on with another KPI
     */
    public ChangeOutcome and() {
        return outcome;
    }

    /**
     * Starts expectations on another KPI's change.
     *
     * @param kpi the KPI's id
     * @return its check
     */
    public ChangeCheck thenKpi(String kpi) {
        return outcome.thenKpi(kpi);
    }
}
