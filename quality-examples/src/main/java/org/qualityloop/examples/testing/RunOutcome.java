package org.qualityloop.examples.testing;

import java.util.Objects;
import org.qualityloop.examples.simulation.SimulationResult;
import org.qualityloop.metrics.Proportion;
import org.qualityloop.model.sla.SlaTarget;

/**
 * The "then" part after a run: expectations on its KPIs, its SLA compliance and on what the
 * workflow engine did. Each expectation returns this outcome (through {@link KpiCheck}) so they
 * chain. Immutable.
 */
public final class RunOutcome {

    private final SimulationResult result;
    private final String label;

    RunOutcome(SimulationResult result, String label) {
        this.result = Objects.requireNonNull(result, "result");
        this.label = label;
    }

    /**
     * Returns the run's result, for checks of your own.
     *
     * @return the run's result, for checks of your own
     */
    public SimulationResult result() {
        return result;
    }

    /**
     * Starts expectations on a KPI.
     *
     * @param kpi the KPI's id
     * @return the check
     * @throws AssertionError when the scenario has no such KPI
     */
    public KpiCheck thenKpi(String kpi) {
        if (result.scorecard().row(org.qualityloop.model.KpiId.of(kpi)).isEmpty()) {
            throw new AssertionError(label + ": the scenario has no KPI '" + kpi + "'");
        }
        return new KpiCheck(this, kpi, label);
    }

    /**
     * Expects the share of feedback cases meeting an SLA target to be within a range.
     *
     * @param target the target
     * @param minPercent the lowest share allowed, in percent
     * @param maxPercent the highest share allowed, in percent
     * @return this outcome
     * @throws AssertionError when the target was not measured or is outside the range
     */
    public RunOutcome thenSlaCompliance(SlaTarget target, double minPercent, double maxPercent) {
        Proportion p = result.slaCompliance().get(target);
        if (p == null) {
            throw new AssertionError(label + ": no feedback case measured SLA target " + target);
        }
        if (p.percent() < minPercent || p.percent() > maxPercent) {
            throw new AssertionError(String.format(java.util.Locale.ROOT,
                    "%s: SLA compliance of %s was %.2f %%, expected between %s and %s %%", label, target, p.percent(),
                    minPercent, maxPercent));
        }
        return this;
    }

    /**
     * Expects the workflow engine to have accepted every command the simulated staff sent: the
     * simulation followed the lifecycle.
     *
     * @return this outcome
     * @throws AssertionError naming the first rejections otherwise
     */
    public RunOutcome thenNoCommandRejected() {
        if (result.workflow().rejectedCommands() > 0) {
            throw new AssertionError(label + ": " + result.workflow().rejectedCommands()
                    + " commands were rejected, first: " + result.workflow().rejections());
        }
        return this;
    }

    /**
     * Expects every feedback case to be closed or rejected by the end of the run.
     *
     * @return this outcome
     * @throws AssertionError when cases were left open
     */
    public RunOutcome thenEveryFeedbackCaseClosed() {
        if (result.workflow().open() > 0) {
            throw new AssertionError(label + ": " + result.workflow().open() + " feedback cases were left open");
        }
        return this;
    }

    /**
     * Expects the rules to have bitten: at least one SLA breach, escalation and reopening.
     *
     * @return this outcome
     * @throws AssertionError when one of them never happened
     */
    public RunOutcome thenBreachesEscalationsAndReopensHappened() {
        SimulationResult.Workflow w = result.workflow();
        if (w.slaBreaches() == 0 || w.escalations() == 0 || w.reopened() == 0) {
            throw new AssertionError(label + ": expected SLA breaches, escalations and reopenings, but there were "
                    + w.slaBreaches() + ", " + w.escalations() + " and " + w.reopened());
        }
        return this;
    }
}
