package org.qualityloop.examples.testing;

import java.util.List;
import java.util.Objects;
import org.qualityloop.examples.simulation.Comparison;
import org.qualityloop.examples.simulation.KpiChange;

/**
 * The "then" part after an improvement run: expectations on the KPIs before and after. Each
 * expectation returns this outcome (through {@link ChangeCheck}) so they chain. Immutable.
 */
public final class ChangeOutcome {

    private final Comparison comparison;
    private final String label;

    ChangeOutcome(Comparison comparison, String label) {
        this.comparison = Objects.requireNonNull(comparison, "comparison");
        this.label = label;
    }

    /**
     * Returns the comparison, for checks of your own.
     *
     * @return the comparison, for checks of your own
     */
    public Comparison comparison() {
        return comparison;
    }

    /**
     * Starts expectations on a KPI's change.
     *
     * @param kpi the KPI's id
     * @return the check
     * @throws AssertionError when the scenario has no such KPI
     */
    public ChangeCheck thenKpi(String kpi) {
        try {
            return new ChangeCheck(this, comparison.change(kpi), label);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(label + ": " + e.getMessage(), e);
        }
    }

    /**
     * Expects the improvement's verdict to hold: every KPI it names improved significantly (a
     * placebo: none of them changed significantly).
     *
     * @return this outcome
     * @throws AssertionError otherwise, with every named KPI's change
     */
    public ChangeOutcome thenVerdictHolds() {
        if (!comparison.verdict()) {
            throw new AssertionError(label + ": the verdict failed; " + describe(comparison.changes().stream()
                    .filter(KpiChange::expected).toList()));
        }
        return this;
    }

    /**
     * Expects no KPI at all to have changed significantly, as after a placebo.
     *
     * @return this outcome
     * @throws AssertionError naming the KPIs that did
     */
    public ChangeOutcome thenNothingChangesSignificantly() {
        List<KpiChange> significant = comparison.significant();
        if (!significant.isEmpty()) {
            throw new AssertionError(label + ": expected no significant change, but " + describe(significant));
        }
        return this;
    }

    static String describe(List<KpiChange> changes) {
        StringBuilder b = new StringBuilder();
        for (KpiChange c : changes) {
            b.append(b.length() > 0 ? "; " : "").append(c.kpi().id().value()).append(' ')
                    .append(c.before().map(v -> v.toPlainString()).orElse("-")).append(" -> ")
                    .append(c.after().map(v -> v.toPlainString()).orElse("-"))
                    .append(String.format(java.util.Locale.ROOT, " (p %.4g, adjusted %.4g)",
                            c.result().map(r -> r.pValue()).orElse(1.0), c.adjustedP()));
        }
        return b.toString();
    }
}
