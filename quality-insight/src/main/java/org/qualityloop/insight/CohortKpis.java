package org.qualityloop.insight;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.qualityloop.metrics.CsatResult;
import org.qualityloop.metrics.Proportion;
import org.qualityloop.metrics.TimeDistributionResult;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.sla.SlaTarget;

/**
 * The KPIs of one cohort of {@link Cohorts}, from its cases' histories. The rates and times are over
 * the cohort's closed (and rejected) cases, by the definitions of {@code quality-metrics}:
 * {@code CaseOutcomeRates} for the resolution and reopen rates, {@code SlaCompliance} per target
 * over each case's verdict for the target, {@code TimeDistribution} for the times (exact up to 64
 * cases, within 1 % above). Immutable and thread-safe.
 *
 * @param key the cohort, not null
 * @param cases the histories added to the cohort, open or closed, positive
 * @param closed those of closed or rejected cases, at most {@code cases}
 * @param resolutionRate resolved closed cases over closed cases; empty when none closed
 * @param reopenRate resolved cases reopened at least once over resolved cases; empty when none was
 *     resolved
 * @param firstResponse wall-clock time from receipt to the first response of every closed case
 *     that had one; empty when none had
 * @param resolution wall-clock time from receipt to the last resolution of every resolved closed
 *     case; empty when none was resolved
 * @param slaCompliance per SLA target measured on a closed case of the cohort, the share of those
 *     cases that met it (a case breaching it in any cycle counts as breached), by target code
 * @param satisfaction the 1–5 satisfaction the customers gave at the follow-up; empty when none did
 */
public record CohortKpis(CohortKey key, long cases, long closed, Optional<Proportion> resolutionRate,
        Optional<Proportion> reopenRate, Optional<TimeDistributionResult> firstResponse,
        Optional<TimeDistributionResult> resolution, Map<SlaTarget, Proportion> slaCompliance,
        Optional<CsatResult> satisfaction) {

    /**
     * Validates the KPIs and copies the map, sorted by target.
     *
     * @param key the cohort, not null
     * @param cases the histories added to the cohort, positive
     * @param closed those of closed or rejected cases, between 0 and {@code cases}
     * @param resolutionRate the resolution rate, or empty
     * @param reopenRate the reopen rate, or empty
     * @param firstResponse the times to the first response, or empty
     * @param resolution the times to resolution, or empty
     * @param slaCompliance the compliance per target, not null
     * @param satisfaction the satisfaction, or empty
     * @throws IllegalArgumentException when {@code cases} is not positive or {@code closed} is
     *     outside 0 to {@code cases}
     */
    public CohortKpis {
        Checks.notNull(key, "key");
        Checks.positive(cases, "cases");
        if (closed < 0 || closed > cases) {
            throw new IllegalArgumentException("closed must be between 0 and " + cases + ", but was " + closed);
        }
        Checks.notNull(resolutionRate, "resolutionRate");
        Checks.notNull(reopenRate, "reopenRate");
        Checks.notNull(firstResponse, "firstResponse");
        Checks.notNull(resolution, "resolution");
        Checks.notNull(satisfaction, "satisfaction");
        slaCompliance = java.util.Collections.unmodifiableMap(new TreeMap<>(Checks.notNull(slaCompliance, "slaCompliance")));
    }

    /**
     * Returns the cases still open when their history ended.
     *
     * @return {@code cases - closed}
     */
    public long open() {
        return cases - closed;
    }
}
