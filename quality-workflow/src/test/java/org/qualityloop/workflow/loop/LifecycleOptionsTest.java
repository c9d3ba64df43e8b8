package org.qualityloop.workflow.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.BlueprintLane;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.JourneyPhase;
import org.qualityloop.model.Priority;
import org.qualityloop.model.ServiceProcess;
import org.qualityloop.model.Severity;
import org.qualityloop.model.StageId;
import org.qualityloop.model.Touchpoint;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.feedback.RootCauseCategory;
import org.qualityloop.model.feedback.ServiceFailure;
import org.qualityloop.model.feedback.ServiceFailureKind;
import org.qualityloop.model.outcome.Closure;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaResult;
import org.qualityloop.model.sla.SlaRule;
import org.qualityloop.model.sla.SlaStatus;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEventType;
import org.qualityloop.workflow.cases.CaseState;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.engine.CommandResult;
import org.qualityloop.workflow.machine.Guard;

/**
 * The lifecycle's options and the SLA clocks' finer rules, on a Monday-to-Friday 09:00–17:00
 * calendar in Shanghai. Resolution targets: low 16 working hours, urgent 4.
 */
class LifecycleOptionsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final BusinessCalendar OFFICE = BusinessCalendar.builder("office", SHANGHAI)
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-17:00")).build();

    private static SlaPolicy policy(ReopenMode mode) {
        return new SlaPolicy("options",
                List.of(SlaRule.of(Map.of(SlaTarget.RESOLUTION, Duration.ofHours(4))).whenPriority(Priority.URGENT)),
                Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofHours(2), SlaTarget.NEXT_UPDATE, Duration.ofHours(4),
                        SlaTarget.RESOLUTION, Duration.ofHours(16), SlaTarget.FOLLOW_UP, Duration.ofHours(8)),
                List.of(), mode);
    }

    private static Driver driver(FeedbackLifecycle lifecycle, ReopenMode mode) {
        TestClock clock = new TestClock(Instant.EPOCH);
        return new Driver(CaseService.builder(lifecycle, policy(mode), clock).build(), clock, SHANGHAI, "case-1");
    }

    /** Opens at Monday 2 March 2026 09:00 and works the case up to in progress. */
    private static FeedbackCase toInProgress(Driver d) {
        d.open(Feedback.builder(FeedbackId.of("fb-1"), Channel.WEB, d.local("2026-03-02T09:00")).build());
        d.ok("2026-03-02T09:05", CaseChange.Registered.of(FeedbackCategory.QUALITY, Severity.MODERATE, Priority.LOW,
                AgentId.of("agent-1")));
        return d.ok("2026-03-02T09:30", CaseChange.responded());
    }

    private static FeedbackCase toFollowUp(Driver d) {
        toInProgress(d);
        d.ok("2026-03-02T12:00", CaseChange.Resolved.plain());
        return d.ok("2026-03-02T13:00", CaseChange.followUpStarted());
    }

    @Test
    void maxFollowUpAttempts_closeAsUnreachableOnTheLast() {
        Driver d = driver(FeedbackLifecycle.builder(OFFICE).maxFollowUpAttempts(2).build(), ReopenMode.RESTART);
        toFollowUp(d);
        FeedbackCase once = d.ok("2026-03-02T14:00", CaseChange.followUpFailed());
        assertThat(once.state()).isEqualTo(CaseState.FOLLOW_UP);
        assertThat(once.failedFollowUps()).isEqualTo(1);
        FeedbackCase closed = d.ok("2026-03-03T10:00", CaseChange.followUpFailed());
        assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
        assertThat(closed.outcome().orElseThrow().closure()).isEqualTo(Closure.UNREACHABLE);
        assertThat(closed.outcome().orElseThrow().satisfaction()).isEmpty();
    }

    @Test
    void reopenWindow_refusesLateReopenings() {
        Driver d = driver(FeedbackLifecycle.builder(OFFICE).reopenWindow(Duration.ofDays(7)).build(),
                ReopenMode.RESTART);
        toFollowUp(d);
        d.ok("2026-03-02T14:00", CaseChange.Confirmed.withSatisfaction(3));
        CommandResult.Rejected late = d.refused("2026-03-09T14:00:01", new CaseChange.Reopened("came back"));
        assertThat(late.reason()).isEqualTo(CommandResult.Reason.GUARD_REFUSED);
        assertThat(late.message()).isEqualTo(
                "case case-1: event REOPEN refused in state CLOSED: the case closed less than PT168H ago");
        assertThat(d.ok("2026-03-09T14:00", new CaseChange.Reopened("came back")).state())
                .isEqualTo(CaseState.REOPENED);
    }

    @Test
    void rectificationRequired_forbidsResolvingStraightFromInProgress() {
        Driver d = driver(FeedbackLifecycle.builder(OFFICE).rectificationRequired().build(), ReopenMode.RESTART);
        toInProgress(d);
        assertThat(d.refused("2026-03-02T10:00", CaseChange.Resolved.plain()).reason())
                .isEqualTo(CommandResult.Reason.NOT_ALLOWED);
        d.ok("2026-03-02T10:05", new CaseChange.RectificationStarted("Reprint the invoice"));
        assertThat(d.ok("2026-03-02T10:10", CaseChange.Resolved.plain()).state()).isEqualTo(CaseState.RESOLVED);
    }

    @Test
    void customGuard_addsARequirementWithItsReason() {
        Guard<FeedbackCase, org.qualityloop.workflow.cases.CaseEvent> diagnosed = Guard.of(
                "a service failure is diagnosed",
                (c, e) -> ((CaseChange.Resolved) e.change()).failure().isPresent());
        Driver d = driver(FeedbackLifecycle.builder(OFFICE).guard(CaseEventType.RESOLVE, diagnosed).build(),
                ReopenMode.RESTART);
        toInProgress(d);
        assertThat(d.refused("2026-03-02T10:00", CaseChange.Resolved.plain()).message()).isEqualTo(
                "case case-1: event RESOLVE refused in state IN_PROGRESS: a service failure is diagnosed");
        ServiceFailure failure = new ServiceFailure(ServiceFailureKind.SYSTEM, Severity.MODERATE,
                d.local("2026-03-02T08:00"), Optional.empty(), Optional.empty(), Optional.of(RootCauseCategory.MACHINE),
                "invoice printer offline");
        FeedbackCase resolved = d.ok("2026-03-02T10:05", new CaseChange.Resolved(Optional.of(failure)));
        assertThat(resolved.failure()).contains(failure);
        assertThat(d.service.lifecycle().machine().toMermaid())
                .contains("IN_PROGRESS --> RESOLVED : RESOLVE [a service failure is diagnosed]");
    }

    @Test
    void reopenContinue_resumesTheResolutionClockWithoutCountingTheGap() {
        Driver d = driver(FeedbackLifecycle.standard(OFFICE), ReopenMode.CONTINUE);
        toInProgress(d);
        d.ok("2026-03-02T12:00", CaseChange.Resolved.plain());
        // Cycle 1 counted Monday 09:00-12:00: 3 working hours of 16.
        FeedbackCase reopened = d.ok("2026-03-04T10:00", new CaseChange.Reopened("still broken"));
        SlaClock resolution = reopened.clock(SlaTarget.RESOLUTION).orElseThrow();
        assertThat(resolution.elapsed(OFFICE, d.local("2026-03-04T10:00"))).isEqualTo(Duration.ofHours(3));
        // 13 working hours left from Wednesday 10:00: 7 on Wednesday, 6 on Thursday, so Thursday 15:00.
        assertThat(resolution.deadline()).isEqualTo(d.local("2026-03-05T15:00"));
        assertThat(reopened.pastClocks()).extracting(SlaResult::target)
                .doesNotContain(SlaTarget.RESOLUTION).contains(SlaTarget.FIRST_RESPONSE, SlaTarget.FOLLOW_UP);
    }

    @Test
    void priorityChange_retargetsFromTheOriginalStart_andABreachStaysWithItsInstant() {
        Driver d = driver(FeedbackLifecycle.standard(OFFICE), ReopenMode.RESTART);
        toInProgress(d);
        // Monday 14:00: 5 working hours elapsed. Urgent means 4: breached since Monday 13:00.
        FeedbackCase urgent = d.ok("2026-03-02T14:00", new CaseChange.PriorityChanged(Priority.URGENT));
        SlaClock r = urgent.clock(SlaTarget.RESOLUTION).orElseThrow();
        assertThat(r.targetDuration()).isEqualTo(Duration.ofHours(4));
        assertThat(r.status(OFFICE, d.local("2026-03-02T14:00"))).isEqualTo(SlaStatus.BREACHED);
        assertThat(r.breachInstant(OFFICE)).contains(d.local("2026-03-02T13:00"));
        // Back to low (16 h): the breach stays, with its instant.
        FeedbackCase low = d.ok("2026-03-02T15:00", new CaseChange.PriorityChanged(Priority.LOW));
        SlaClock back = low.clock(SlaTarget.RESOLUTION).orElseThrow();
        assertThat(back.targetDuration()).isEqualTo(Duration.ofHours(16));
        assertThat(back.recordedBreach()).contains(d.local("2026-03-02T13:00"));
        FeedbackCase resolved = d.ok("2026-03-02T16:00", CaseChange.Resolved.plain());
        assertThat(resolved.clock(SlaTarget.RESOLUTION).orElseThrow().result(OFFICE, resolved.updatedAt(), 1).status())
                .isEqualTo(SlaStatus.BREACHED);
    }

    @Test
    void nextUpdate_restartsOnEveryUpdate_andKeepsTheFinishedOnes() {
        Driver d = driver(FeedbackLifecycle.standard(OFFICE), ReopenMode.RESTART);
        toInProgress(d);
        d.ok("2026-03-02T11:00", CaseChange.customerUpdated());
        FeedbackCase c = d.ok("2026-03-02T16:00", CaseChange.customerUpdated());
        // 09:30-11:00 (1.5 h, met) and 11:00-16:00 (5 h of 4, breached).
        assertThat(c.pastClocks()).filteredOn(r -> r.target().equals(SlaTarget.NEXT_UPDATE))
                .extracting(SlaResult::elapsed, SlaResult::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Duration.ofMinutes(90), SlaStatus.MET),
                        org.assertj.core.groups.Tuple.tuple(Duration.ofHours(5), SlaStatus.BREACHED));
        assertThat(c.clock(SlaTarget.NEXT_UPDATE).orElseThrow().start()).isEqualTo(d.local("2026-03-02T16:00"));
    }

    @Test
    void escalation_isAllowedInEveryOpenState_andRejectedIsTerminal() {
        Driver d = driver(FeedbackLifecycle.standard(OFFICE), ReopenMode.RESTART);
        d.open(Feedback.builder(FeedbackId.of("fb-1"), Channel.WEB, d.local("2026-03-02T09:00")).build());
        FeedbackCase c = d.ok("2026-03-02T09:01", new CaseChange.Escalated(AgentId.of("lead"), Optional.empty(),
                "VIP customer"));
        assertThat(c.escalationCount()).isEqualTo(1);
        d.ok("2026-03-02T09:02", new CaseChange.Rejected(org.qualityloop.model.feedback.Validity.invalid("test")));
        for (CaseChange change : List.of(CaseChange.responded(), new CaseChange.Reopened("x"),
                new CaseChange.Escalated(AgentId.of("lead"), Optional.empty(), "late"))) {
            assertThat(d.refused("2026-03-02T09:03", change).reason()).isEqualTo(CommandResult.Reason.NOT_ALLOWED);
        }
    }

    @Test
    void failingListener_neverCorruptsTheCase() {
        AtomicInteger told = new AtomicInteger();
        TestClock clock = new TestClock(Instant.EPOCH);
        CaseService service = CaseService.builder(FeedbackLifecycle.standard(OFFICE), policy(ReopenMode.RESTART), clock)
                .listener((c, events) -> {
                    throw new IllegalStateException("listener down");
                })
                .listener((c, events) -> told.incrementAndGet())
                .build();
        Driver d = new Driver(service, clock, SHANGHAI, "case-1");
        toInProgress(d);
        assertThat(told).hasValue(3);
        assertThat(service.lifecycle().replay(service.history(d.id))).isEqualTo(service.find(d.id).orElseThrow());
    }

    @Test
    void knownProcess_givesTheCaseTheStageOfItsTouchpoint() {
        ServiceProcess process = ServiceProcess.builder("hotel", "Hotel")
                .stage("check-in", "Check-in")
                .touchpoint(Touchpoint.builder("front-desk", "Front desk").stage("check-in")
                        .phase(JourneyPhase.DELIVERY).channel(Channel.COUNTER).lane(BlueprintLane.FRONT_STAGE)
                        .ownedBy("front-office"))
                .build();
        TestClock clock = new TestClock(Instant.EPOCH);
        CaseService service = CaseService.builder(FeedbackLifecycle.standard(OFFICE), policy(ReopenMode.RESTART), clock)
                .process(process).build();
        Driver d = new Driver(service, clock, SHANGHAI, "case-1");
        FeedbackCase c = d.open(Feedback.builder(FeedbackId.of("fb-1"), Channel.COUNTER, d.local("2026-03-02T09:00"))
                .touchpoint(TouchpointId.of("front-desk")).build());
        assertThat(c.stage()).contains(StageId.of("check-in"));
    }
}
