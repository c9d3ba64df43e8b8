package org.qualityloop.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityloop.insight.History.at;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qualityloop.metrics.Proportion;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.sla.SlaWarning;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.FeedbackLifecycle;

/**
 * Worked examples derived by hand on the office calendar (Monday to Friday 09:00–17:00 UTC), from
 * Monday 2 March 2026. Policy A: first response 2 h, resolution 8 h of working time; policy B:
 * resolution 4 h.
 *
 * <pre>
 * X: received and registered Mon 09:00, responded 10:00 (1 h), resolved 15:00 (6 h): A met, met; B met, BREACHED
 * Y: received and registered Mon 09:00, responded 09:30, resolved 12:00 (3 h):          A met, met; B met, met
 * Z: received and registered Mon 09:00, responded Tue 10:00 (8 h Mon + 1 h = 9 h),
 *    resolved Tue 12:00 (11 h); the monitor recorded both breaches:                     A breached twice; B the same
 * </pre>
 * Resolution: before 2 met, 1 breached (2/3); after 1 met, 2 breached (1/3); X flips to breached.
 * First response: 2 met, 1 breached on both sides; nothing flips.
 *
 * <p>A calendar what-if: W is received and registered Friday 6 March 16:00, responded 16:30,
 * resolved Monday 9 March 11:00: on the office calendar resolution counts Fri 16–17 and Mon 09–11,
 * 3 h, met; around the clock it counts 67 h, breached against 8 h: W flips.
 */
class SlaWhatIfTest {

    static final SlaPolicy A = new SlaPolicy("a", List.of(),
            Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofHours(2), SlaTarget.RESOLUTION, Duration.ofHours(8)),
            List.of(new SlaWarning.Share(new BigDecimal("0.5"))), ReopenMode.CONTINUE);
    static final SlaPolicy B = new SlaPolicy("b", List.of(),
            Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofHours(2), SlaTarget.RESOLUTION, Duration.ofHours(4)),
            List.of(new SlaWarning.Share(new BigDecimal("0.5"))), ReopenMode.CONTINUE);
    static final FeedbackLifecycle OFFICE = FeedbackLifecycle.standard(History.OFFICE);

    static List<CaseEvent> closed(String id, String received, String responded, String resolved, String followUp) {
        return History.withSla(History.received(id, at(received), null)
                .register(at(received))
                .then(at(responded), CaseChange.responded())
                .then(at(resolved), CaseChange.Resolved.plain())
                .then(at(followUp), CaseChange.followUpStarted())
                .then(at(followUp), CaseChange.Confirmed.withSatisfaction(5))
                .events(), OFFICE, A);
    }

    static final List<CaseEvent> X = closed("x", "2026-03-02T09:00:00Z", "2026-03-02T10:00:00Z",
            "2026-03-02T15:00:00Z", "2026-03-02T16:00:00Z");
    static final List<CaseEvent> Y = closed("y", "2026-03-02T09:00:00Z", "2026-03-02T09:30:00Z",
            "2026-03-02T12:00:00Z", "2026-03-02T16:00:00Z");
    static final List<CaseEvent> Z = closed("z", "2026-03-02T09:00:00Z", "2026-03-03T10:00:00Z",
            "2026-03-03T12:00:00Z", "2026-03-03T16:00:00Z");
    static final List<CaseEvent> W = closed("w", "2026-03-06T16:00:00Z", "2026-03-06T16:30:00Z",
            "2026-03-09T11:00:00Z", "2026-03-09T16:00:00Z");

    @Test
    void theMonitorRecordedZsBreaches() {
        assertThat(Z).filteredOn(e -> e.change() instanceof CaseChange.SlaBreached).hasSize(2);
        assertThat(OFFICE.replay(Z).outcome().orElseThrow().sla(SlaTarget.RESOLUTION)).hasSize(1);
    }

    @Test
    void anotherPolicy() {
        SlaWhatIf w = SlaWhatIf.policy(OFFICE, OFFICE, B);
        List.of(X, Y, Z).forEach(w::add);
        assertThat(w.cases()).isEqualTo(3);
        assertThat(w.result()).containsExactly(
                new TargetWhatIf(SlaTarget.FIRST_RESPONSE, 2, 1, 2, 1, List.of(), List.of()),
                new TargetWhatIf(SlaTarget.RESOLUTION, 2, 1, 1, 2, List.of(CaseId.of("x")), List.of()));
        TargetWhatIf resolution = w.result().get(1);
        assertThat(resolution.complianceBefore()).contains(Proportion.of(2, 3));
        assertThat(resolution.complianceAfter()).contains(Proportion.of(1, 3));
        // and back: B's breaches of X are not in its history, so going from A to A changes nothing
        SlaWhatIf same = SlaWhatIf.policy(OFFICE, OFFICE, A);
        List.of(X, Y, Z).forEach(same::add);
        assertThat(same.result().get(1)).isEqualTo(new TargetWhatIf(SlaTarget.RESOLUTION, 2, 1, 2, 1, List.of(),
                List.of()));
    }

    @Test
    void anotherCalendar() {
        FeedbackLifecycle always = FeedbackLifecycle.standard(BusinessCalendar.twentyFourSeven("always", ZoneOffset.UTC));
        SlaWhatIf w = SlaWhatIf.calendar(OFFICE, always);
        w.add(W);
        assertThat(w.result()).containsExactly(
                new TargetWhatIf(SlaTarget.FIRST_RESPONSE, 1, 0, 1, 0, List.of(), List.of()),
                new TargetWhatIf(SlaTarget.RESOLUTION, 1, 0, 0, 1, List.of(CaseId.of("w")), List.of()));
        assertThat(w.replay(W).outcome().orElseThrow().sla(SlaTarget.RESOLUTION).get(0).elapsed())
                .isEqualTo(Duration.ofHours(67));
    }

    @Test
    void openCasesAreSkipped() {
        SlaWhatIf w = SlaWhatIf.policy(OFFICE, OFFICE, B);
        w.add(X.subList(0, 4));
        assertThat(w.cases()).isZero();
        assertThat(w.skipped()).isEqualTo(1);
        assertThat(w.result()).isEmpty();
    }

    @Test
    void mergingAddsTheCountsAndFlips() {
        SlaWhatIf a = SlaWhatIf.policy(OFFICE, OFFICE, B);
        SlaWhatIf b = SlaWhatIf.policy(OFFICE, OFFICE, B);
        a.add(X);
        b.add(Y);
        b.add(Z);
        a.merge(b).merge(a);
        assertThat(a.cases()).isEqualTo(6); // x, then y and z, then all three again
        assertThat(a.result().get(1).nowBreached()).containsExactly(CaseId.of("x"), CaseId.of("x"));
        assertThat(a.result().get(1).metBefore()).isEqualTo(4);
    }
}
