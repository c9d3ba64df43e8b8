package org.qualityloop.workflow.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CustomerSegment;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.sla.SlaPauseCondition;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaRule;
import org.qualityloop.model.sla.SlaStatus;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.engine.CommandResult;
import org.qualityloop.workflow.store.InMemoryCaseStore;

/**
 * Worked examples of the SLA engine's depth (issue 13): a calendar per target, configurable pause
 * conditions, re-evaluation on every attribute a rule reads with a recorded reason. Office
 * calendar: Mon–Fri 09:00–17:00 UTC; 2026-03-02 is a Monday, 2026-03-07 a Saturday. Every
 * expected instant is derived by hand in the comment next to it.
 */
class SlaDepthTest {

    static final BusinessCalendar OFFICE = SlaChangesTest.OFFICE;
    static final BusinessCalendar ALWAYS = BusinessCalendar.twentyFourSeven("always-on", ZoneOffset.UTC);

    static Driver driver(FeedbackLifecycle lifecycle, SlaPolicy policy) {
        TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
        return SlaChangesTest.driver(lifecycle, policy, new InMemoryCaseStore(), clock);
    }

    static SlaClock clock(FeedbackCase c, SlaTarget target) {
        return c.clock(target).orElseThrow();
    }

    static CaseChange.SlaTargetsSet lastTargets(Driver d) {
        List<CaseEvent> h = d.service.history(d.id);
        for (int i = h.size() - 1; i >= 0; i--) {
            if (h.get(i).change() instanceof CaseChange.SlaTargetsSet t) {
                return t;
            }
        }
        throw new AssertionError("no targets in " + h);
    }

    // ------------------------------------------------------------------ a calendar per target

    @Test
    void firstResponseRoundTheClock_resolutionOnOfficeHours() {
        SlaPolicy p = SlaPolicy.builder("split")
                .defaultTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(2))
                .defaultTarget(SlaTarget.RESOLUTION, Duration.ofHours(8))
                .reopen(ReopenMode.RESTART)
                .calendar(SlaTarget.FIRST_RESPONSE, "always-on")
                .build();
        FeedbackLifecycle lifecycle = FeedbackLifecycle.builder(OFFICE).namedCalendar(ALWAYS).build();
        Driver d = driver(lifecycle, p);
        d.open(SlaChangesTest.feedback(d, "2026-03-07T10:00"));
        FeedbackCase c = d.ok("2026-03-07T10:00", SlaChangesTest.register(Priority.MEDIUM));
        // first response: 2 h round the clock from Sat 10:00 -> Sat 12:00
        assertThat(clock(c, SlaTarget.FIRST_RESPONSE).deadline()).isEqualTo(d.local("2026-03-07T12:00"));
        // resolution: no office hours at the weekend; 8 h from Mon 09:00 -> Mon 17:00
        assertThat(clock(c, SlaTarget.RESOLUTION).deadline()).isEqualTo(d.local("2026-03-09T17:00"));
        assertThat(lastTargets(d).calendars()).isEqualTo(Map.of(SlaTarget.FIRST_RESPONSE, "always-on"));

        // the weekend team replies at Sat 13:00: one hour after the round-the-clock deadline
        FeedbackCase responded = d.ok("2026-03-07T13:00", CaseChange.responded());
        assertThat(responded.clock(SlaTarget.FIRST_RESPONSE).orElseThrow().status(ALWAYS, d.local("2026-03-07T13:00")))
                .isEqualTo(SlaStatus.BREACHED);
        // replaying on the same lifecycle gives the same case
        assertThat(lifecycle.replay(d.service.history(d.id))).isEqualTo(responded);
    }

    @Test
    void namedCalendarChangedMidRun_isReappliedToItsTargetsOnly() {
        SlaPolicy p = SlaPolicy.builder("split")
                .defaultTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(2))
                .defaultTarget(SlaTarget.RESOLUTION, Duration.ofHours(8))
                .reopen(ReopenMode.RESTART)
                .calendar(SlaTarget.FIRST_RESPONSE, "always-on")
                .build();
        FeedbackLifecycle before = FeedbackLifecycle.builder(OFFICE).namedCalendar(ALWAYS).build();
        Driver d = driver(before, p);
        d.open(SlaChangesTest.feedback(d, "2026-03-02T09:00"));
        FeedbackCase c = d.ok("2026-03-02T09:00", SlaChangesTest.register(Priority.MEDIUM));
        // first response 2 h round the clock from Mon 09:00 -> Mon 11:00; resolution Mon 17:00
        assertThat(clock(c, SlaTarget.FIRST_RESPONSE).deadline()).isEqualTo(d.local("2026-03-02T11:00"));

        // from Mon 10:00 the "always-on" team is staffed 10:00-20:00 every day; the change is
        // re-applied to the first-response clock by recomputing it from its start, Mon 09:00
        BusinessCalendar shifts = BusinessCalendar.builder("always-on", ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, WorkingInterval.parse("10:00-20:00")).build();
        FeedbackLifecycle after = before.withNamedCalendar(shifts, d.local("2026-03-02T10:00"));
        Driver d2 = SlaChangesTest.driver(after, p, repoOf(d), d.clock);
        d2.clock.set(d2.local("2026-03-02T10:00"));
        CommandResult r = d2.service.recomputeSla(CommandId.of("recompute"), d.id, c.version(), Actor.system("ops"));
        FeedbackCase moved = ((CommandResult.Accepted) r).current();
        // on 10:00-20:00 the clock started Mon 09:00 counts from 10:00: 2 h -> Mon 12:00
        assertThat(clock(moved, SlaTarget.FIRST_RESPONSE).deadline()).isEqualTo(d.local("2026-03-02T12:00"));
        // resolution stays on the main calendar: Mon 17:00
        assertThat(clock(moved, SlaTarget.RESOLUTION).deadline()).isEqualTo(d.local("2026-03-02T17:00"));
        assertThat(lastTargets(d2).reason()).contains(CaseChange.SlaTargetsSet.Reason.RECOMPUTED);
        assertThat(after.replay(d2.service.history(d.id))).isEqualTo(moved);
    }

    private static InMemoryCaseStore repoOf(Driver d) {
        return (InMemoryCaseStore) d.service.store();
    }

    @Test
    void policyNamingAnUnknownCalendar_isRefusedWhenTheServiceIsBuilt() {
        SlaPolicy p = SlaPolicy.builder("split").defaultTarget(SlaTarget.RESOLUTION, Duration.ofHours(8))
                .reopen(ReopenMode.RESTART).calendar(SlaTarget.RESOLUTION, "night-shift").build();
        assertThatThrownBy(() -> CaseService.builder(FeedbackLifecycle.standard(OFFICE), p, new TestClock(
                Instant.parse("2026-03-02T09:00:00Z"))).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("policy 'split': calendars[resolution] must name a calendar of the lifecycle, but was "
                        + "night-shift");
    }

    // ------------------------------------------------------------------ pause conditions

    @Test
    void resolutionPausesWhileRectifying_nextUpdateNeverPauses() {
        SlaPolicy p = SlaPolicy.builder("pauses")
                .defaultTarget(SlaTarget.RESOLUTION, Duration.ofHours(8))
                .defaultTarget(SlaTarget.NEXT_UPDATE, Duration.ofHours(4))
                .reopen(ReopenMode.RESTART)
                .pauseOn(SlaTarget.RESOLUTION, SlaPauseCondition.AWAITING_CUSTOMER, SlaPauseCondition.RECTIFYING)
                .pauseOn(SlaTarget.NEXT_UPDATE)
                .build();
        Driver d = driver(FeedbackLifecycle.standard(OFFICE), p);
        d.open(SlaChangesTest.feedback(d, "2026-03-02T09:00"));
        d.ok("2026-03-02T09:00", SlaChangesTest.register(Priority.MEDIUM));
        d.ok("2026-03-02T10:00", CaseChange.responded());
        FeedbackCase rect = d.ok("2026-03-02T11:00", new CaseChange.RectificationStarted("replace the part"));
        // resolution counted Mon 09:00-11:00 (2 h) and pauses at 11:00
        assertThat(clock(rect, SlaTarget.RESOLUTION).pausedSince()).contains(d.local("2026-03-02T11:00"));
        FeedbackCase awaiting = d.ok("2026-03-02T12:00", CaseChange.awaitingCustomer());
        // next update (4 h from the response at 10:00 -> 14:00) does not pause while awaiting
        assertThat(clock(awaiting, SlaTarget.NEXT_UPDATE).isPaused()).isFalse();
        assertThat(clock(awaiting, SlaTarget.NEXT_UPDATE).deadline()).isEqualTo(d.local("2026-03-02T14:00"));
        FeedbackCase replied = d.ok("2026-03-02T13:00", CaseChange.customerReplied());
        // the customer replied, but the case is still rectifying: resolution stays paused since 11:00
        assertThat(clock(replied, SlaTarget.RESOLUTION).pausedSince()).contains(d.local("2026-03-02T11:00"));
        d.ok("2026-03-02T13:30", CaseChange.customerUpdated());
        FeedbackCase resolved = d.ok("2026-03-03T11:00", CaseChange.Resolved.plain());
        // resolution counted only 2 h (09:00-11:00 Monday): met. Under the default conditions it
        // would have counted 09:00-12:00 and 13:00-17:00 Monday (7 h) and 09:00-11:00 Tuesday (2 h):
        // 9 h > 8 h, breached at Tue 10:00.
        SlaClock res = clock(resolved, SlaTarget.RESOLUTION);
        assertThat(res.elapsed(OFFICE, d.local("2026-03-03T11:00"))).isEqualTo(Duration.ofHours(2));
        assertThat(res.status(OFFICE, d.local("2026-03-03T11:00"))).isEqualTo(SlaStatus.MET);
    }

    @Test
    void defaultPauseConditions_areTodaysBehaviour() {
        assertThat(SlaPauseCondition.defaults(SlaTarget.RESOLUTION)).containsExactly(SlaPauseCondition.AWAITING_CUSTOMER);
        assertThat(SlaPauseCondition.defaults(SlaTarget.NEXT_UPDATE)).containsExactly(SlaPauseCondition.AWAITING_CUSTOMER);
        assertThat(SlaPauseCondition.defaults(SlaTarget.FIRST_RESPONSE)).isEmpty();
        assertThat(SlaPauseCondition.defaults(SlaTarget.FOLLOW_UP)).isEmpty();
        SlaPolicy p = SlaPolicy.builder("default").defaultTarget(SlaTarget.RESOLUTION, Duration.ofHours(8))
                .reopen(ReopenMode.RESTART).build();
        Driver d = driver(FeedbackLifecycle.standard(OFFICE), p);
        d.open(SlaChangesTest.feedback(d, "2026-03-02T09:00"));
        d.ok("2026-03-02T09:00", SlaChangesTest.register(Priority.MEDIUM));
        d.ok("2026-03-02T10:00", CaseChange.responded());
        FeedbackCase rect = d.ok("2026-03-02T11:00", new CaseChange.RectificationStarted("replace the part"));
        assertThat(clock(rect, SlaTarget.RESOLUTION).isPaused()).isFalse();
        FeedbackCase awaiting = d.ok("2026-03-02T12:00", CaseChange.awaitingCustomer());
        assertThat(clock(awaiting, SlaTarget.RESOLUTION).pausedSince()).contains(d.local("2026-03-02T12:00"));
        // recorded targets of a default policy name no calendars and no pause conditions
        assertThat(lastTargets(d).calendars()).isEmpty();
        assertThat(lastTargets(d).pauseOn()).isEmpty();
    }

    @Test
    void unknownPauseCondition_isRefusedNamingTheTargetAndTheCode() {
        assertThatThrownBy(() -> new CaseChange.SlaTargetsSet(Map.of(SlaTarget.RESOLUTION, Duration.ofHours(8)),
                List.of(), ReopenMode.RESTART, Map.of(),
                Map.of(SlaTarget.RESOLUTION, Set.of(SlaPauseCondition.of("lunch_break"))), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pauseOn[resolution] must name conditions the case lifecycle knows [awaiting_customer, "
                        + "follow_up, in_progress, rectifying, registered, reopened, resolved], but held lunch_break");
    }

    // ------------------------------------------------------------------ re-evaluation with a reason

    @Test
    void reclassification_retargetsFromTheOriginalStart_withTheReasonRecorded() {
        CustomerSegment vip = CustomerSegment.of("vip");
        SlaPolicy p = SlaPolicy.builder("attributes")
                .rule(SlaRule.of(Map.of(SlaTarget.RESOLUTION, Duration.ofHours(4)))
                        .whenCategory(FeedbackCategory.SERVICE_ATTITUDE))
                .rule(SlaRule.of(Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(30))).whenSegment(vip))
                .defaultTarget(SlaTarget.RESOLUTION, Duration.ofHours(16))
                .reopen(ReopenMode.RESTART)
                .build();
        Driver d = driver(FeedbackLifecycle.standard(OFFICE), p);
        d.open(SlaChangesTest.feedback(d, "2026-03-02T09:00"));
        FeedbackCase c = d.ok("2026-03-02T09:00", new CaseChange.Registered(FeedbackCategory.TECHNICAL_ISSUE,
                Severity.MAJOR, Priority.MEDIUM, AgentId.of("agent-1"), Optional.empty(), Optional.of(vip)));
        assertThat(lastTargets(d).reason()).contains(CaseChange.SlaTargetsSet.Reason.REGISTERED);
        // resolution 16 h from Mon 09:00: Mon 09-17 and Tue 09-17 -> Tue 17:00; first response 30 min -> 09:30
        assertThat(clock(c, SlaTarget.RESOLUTION).deadline()).isEqualTo(d.local("2026-03-03T17:00"));
        assertThat(clock(c, SlaTarget.FIRST_RESPONSE).deadline()).isEqualTo(d.local("2026-03-02T09:30"));

        // Mon 09:10: the customer is no longer in the vip segment -> first response is removed (cancelled)
        FeedbackCase plain = d.ok("2026-03-02T09:10", CaseChange.Reclassified.segment(CustomerSegment.DEFAULT));
        assertThat(clock(plain, SlaTarget.FIRST_RESPONSE).cancelledAt()).contains(d.local("2026-03-02T09:10"));
        assertThat(lastTargets(d).reason()).contains(CaseChange.SlaTargetsSet.Reason.RECLASSIFIED);

        // Mon 10:00: it is a complaint about staff attitude -> resolution 4 h from the original start
        // Mon 09:00 -> Mon 13:00 (retroactive start, not 4 h from the change)
        FeedbackCase attitude = d.ok("2026-03-02T10:00", CaseChange.Reclassified.category(
                FeedbackCategory.SERVICE_ATTITUDE));
        assertThat(clock(attitude, SlaTarget.RESOLUTION).deadline()).isEqualTo(d.local("2026-03-02T13:00"));
        assertThat(attitude.slaContext().category()).contains(FeedbackCategory.SERVICE_ATTITUDE);

        // Mon 10:30: back to vip -> first response is reattached, counting from the start of the
        // cycle (Mon 09:00), so its 30 min ran out at 09:30: breached
        FeedbackCase back = d.ok("2026-03-02T10:30", CaseChange.Reclassified.segment(vip));
        SlaClock fr = clock(back, SlaTarget.FIRST_RESPONSE);
        assertThat(fr.isActive()).isTrue();
        assertThat(fr.start()).isEqualTo(d.local("2026-03-02T09:00"));
        assertThat(fr.breachInstant(OFFICE)).contains(d.local("2026-03-02T09:30"));

        // every change of targets in the history carries its reason
        assertThat(d.service.history(d.id).stream().map(CaseEvent::change)
                .filter(CaseChange.SlaTargetsSet.class::isInstance).map(ch -> ((CaseChange.SlaTargetsSet) ch).reason()))
                .allMatch(Optional::isPresent).hasSize(4);
        assertThat(d.service.lifecycle().replay(d.service.history(d.id))).isEqualTo(back);
    }

    @Test
    void priorityChange_recordsItsReason() {
        SlaPolicy p = SlaPolicy.builder("p").rule(SlaRule.of(Map.of(SlaTarget.RESOLUTION, Duration.ofHours(2)))
                .whenPriority(Priority.URGENT)).defaultTarget(SlaTarget.RESOLUTION, Duration.ofHours(8))
                .reopen(ReopenMode.RESTART).build();
        Driver d = driver(FeedbackLifecycle.standard(OFFICE), p);
        d.open(SlaChangesTest.feedback(d, "2026-03-02T09:00"));
        d.ok("2026-03-02T09:00", SlaChangesTest.register(Priority.MEDIUM));
        FeedbackCase urgent = d.ok("2026-03-02T09:30", new CaseChange.PriorityChanged(Priority.URGENT));
        assertThat(lastTargets(d).reason()).contains(CaseChange.SlaTargetsSet.Reason.PRIORITY_CHANGED);
        // 2 h from Mon 09:00 -> Mon 11:00
        assertThat(clock(urgent, SlaTarget.RESOLUTION).deadline()).isEqualTo(d.local("2026-03-02T11:00"));
    }

    @Test
    void reclassifiedWithNothing_isRefused() {
        assertThatThrownBy(() -> new CaseChange.Reclassified(Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("category, severity, segment and zone must not all be empty, but were");
    }
}
