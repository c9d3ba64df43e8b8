package org.qualityloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Severity;
import org.qualityloop.model.outcome.CaseOutcome;
import org.qualityloop.model.outcome.Closure;
import org.qualityloop.model.sla.SlaResult;
import org.qualityloop.model.sla.SlaStatus;
import org.qualityloop.model.sla.SlaTarget;

/** Closed-case outcomes and SLA read-outs feed the rate and compliance accumulators directly. */
class CaseOutcomeAdaptersTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private static final Duration EIGHT_HOURS = Duration.ofHours(8);

    private static SlaResult result(SlaTarget target, int cycle, SlaStatus status) {
        return new SlaResult(target, cycle, EIGHT_HOURS, Duration.ofHours(status == SlaStatus.BREACHED ? 9 : 1),
                status, status == SlaStatus.BREACHED ? Optional.of(T0.plusSeconds(3600)) : Optional.empty());
    }

    private static CaseOutcome.Builder outcome(String id) {
        return CaseOutcome.builder(CaseId.of(id), FeedbackId.of("fb-" + id), Channel.PHONE,
                FeedbackCategory.SERVICE_ATTITUDE, Severity.MODERATE, T0);
    }

    @Test
    void slaCompliance_fromResults_countsRunningAndPausedAsRunning_ignoresCancelled() {
        SlaCompliance sla = new SlaCompliance();
        sla.add(result(SlaTarget.RESOLUTION, 1, SlaStatus.MET));
        sla.add(result(SlaTarget.RESOLUTION, 1, SlaStatus.BREACHED));
        sla.add(result(SlaTarget.RESOLUTION, 1, SlaStatus.RUNNING));
        sla.add(result(SlaTarget.RESOLUTION, 1, SlaStatus.PAUSED));
        sla.add(result(SlaTarget.RESOLUTION, 1, SlaStatus.CANCELLED));
        assertThat(sla).isEqualTo(SlaCompliance.of(1, 1, 2));
    }

    // Three cases: met in one cycle; met then breached after a reopening (a breach in any cycle
    // makes the case breached); resolution never measured (rejected). Compliance = 1 / 2.
    @Test
    void slaCompliance_fromOutcomes_countsEachCaseOnceOverItsCycles() {
        Instant closed = T0.plus(Duration.ofDays(3));
        CaseOutcome metOnce = outcome("a").resolvedAt(closed).sla(result(SlaTarget.RESOLUTION, 1, SlaStatus.MET))
                .build(closed, Closure.CONFIRMED);
        CaseOutcome breachedOnReopen = outcome("b").resolvedAt(closed).reopenCount(1)
                .sla(result(SlaTarget.RESOLUTION, 1, SlaStatus.MET))
                .sla(result(SlaTarget.RESOLUTION, 2, SlaStatus.BREACHED))
                .build(closed, Closure.CONFIRMED);
        CaseOutcome rejected = outcome("c").sla(result(SlaTarget.RESOLUTION, 1, SlaStatus.CANCELLED))
                .build(closed, Closure.REJECTED);
        SlaCompliance sla = new SlaCompliance();
        for (CaseOutcome o : new CaseOutcome[] {metOnce, breachedOnReopen, rejected}) {
            sla.add(o, SlaTarget.RESOLUTION);
        }
        assertThat(sla).isEqualTo(SlaCompliance.of(1, 1, 0));
        assertThat(sla.compliance()).contains(Proportion.of(1, 2));
    }

    // Four closed cases: confirmed, confirmed after a reopening, closed unreachable, rejected.
    // resolution rate = 3 / 4; reopen rate = 1 / 3.
    @Test
    void caseOutcomeRates_fromOutcomes() {
        Instant closed = T0.plus(Duration.ofDays(2));
        CaseOutcomeRates rates = new CaseOutcomeRates();
        rates.add(outcome("a").resolvedAt(closed).build(closed, Closure.CONFIRMED));
        rates.add(outcome("b").resolvedAt(closed).reopenCount(1).build(closed, Closure.CONFIRMED));
        rates.add(outcome("c").resolvedAt(closed).build(closed, Closure.UNREACHABLE));
        rates.add(outcome("d").build(closed, Closure.REJECTED));
        assertThat(rates.resolutionRate()).contains(Proportion.of(3, 4));
        assertThat(rates.reopenRate()).contains(Proportion.of(1, 3));
    }
}
