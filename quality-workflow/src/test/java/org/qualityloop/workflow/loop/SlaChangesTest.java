package org.qualityloop.workflow.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.feedback.Validity;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaResult;
import org.qualityloop.model.sla.SlaRule;
import org.qualityloop.model.sla.SlaStatus;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.sla.SlaWarning;
import org.qualityloop.workflow.store.CaseStore;
import org.qualityloop.workflow.store.InMemoryCaseStore;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseEventType;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.engine.CommandResult;
import org.qualityloop.workflow.engine.EscalationPolicy;

/**
 * Worked examples of the SLA clocks through the changes a help desk makes (issue 13, defects 1–6).
 * Calendar: Mon–Fri 09:00–17:00 UTC; 2026-03-02 is a Monday. Every expected instant is derived
 * by hand in the comment next to it.
 */
class SlaChangesTest {

    static final BusinessCalendar OFFICE = office("office").build();
    static final AgentId LEAD = AgentId.of("lead");

    static BusinessCalendar.Builder office(String name) {
        return BusinessCalendar.builder(name, ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-17:00"));
    }

    static SlaPolicy policy(List<SlaRule> rules, Map<SlaTarget, Duration> defaults, List<SlaWarning> warnings,
            ReopenMode mode) {
        return new SlaPolicy("worked", rules, defaults, warnings, mode);
    }

    static Driver driver(FeedbackLifecycle lifecycle, SlaPolicy policy, CaseStore repo, TestClock clock) {
        CaseService s = CaseService.builder(lifecycle, policy, clock).store(repo)
                .escalation(EscalationPolicy.onBreach(List.of(LEAD), Set.of(SlaTarget.RESOLUTION))).build();
        return new Driver(s, clock, ZoneOffset.UTC, "case-1");
    }

    static Feedback feedback(Driver d, String local) {
        return Feedback.builder(FeedbackId.of("fb-1"), Channel.WEB, d.local(local)).build();
    }

    static CaseChange register(Priority p) {
        return CaseChange.Registered.of(FeedbackCategory.TECHNICAL_ISSUE, Severity.MAJOR, p, AgentId.of("agent-1"));
    }

    static List<CommandResult> monitorAt(Driver d, String local) {
        d.clock.set(d.local(local));
        return d.service.processDue(100);
    }

    static long count(List<CaseEvent> history, CaseEventType type) {
        return history.stream().filter(e -> e.type() == type).count();
    }

    static SlaResult result(FeedbackCase c, SlaTarget target) {
        List<SlaResult> r = c.outcome().orElseThrow().sla(target);
        return r.get(r.size() - 1);
    }

    // ------------------------------------------------------------------ defect 1: changed calendar

    @Test
    void changedCalendar_deadlineMovedEarlier_isReappliedAndRecordedOnTime() {
        TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
        InMemoryCaseStore repo = new InMemoryCaseStore();
        FeedbackLifecycle before = FeedbackLifecycle.standard(OFFICE);
        SlaPolicy p = policy(List.of(), Map.of(SlaTarget.RESOLUTION, Duration.ofHours(16)), List.of(),
                ReopenMode.RESTART);
        Driver d = driver(before, p, repo, clock);
        d.open(feedback(d, "2026-03-02T09:00"));
        FeedbackCase c = d.ok("2026-03-02T09:00", register(Priority.MEDIUM));
        // 16 h from Mon 09:00 on 09-17: 8 h Monday, 8 h Tuesday -> Tue 17:00.
        assertThat(c.clock(SlaTarget.RESOLUTION).orElseThrow().deadline()).isEqualTo(d.local("2026-03-03T17:00"));

        // From Mon 10:00 the team works 08:00-18:00: 16 h from Mon 09:00 = 9 h Monday (09-18) and 7 h
        // Tuesday from 08:00 -> Tue 15:00, two hours earlier.
        BusinessCalendar longer = BusinessCalendar.builder("office-long", ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("08:00-18:00")).build();
        FeedbackLifecycle after = before.withCalendar(longer, d.local("2026-03-02T10:00"));
        d = driver(after, p, repo, clock);
        d.clock.set(d.local("2026-03-02T10:00"));
        CommandResult r = d.service.recomputeSla(CommandId.of("recompute-1"), d.id, c.version(), Actor.system("ops"));
        c = ((CommandResult.Accepted) r).current();
        assertThat(c.clock(SlaTarget.RESOLUTION).orElseThrow().deadline()).isEqualTo(d.local("2026-03-03T15:00"));
        // the due index follows: the breach falls due right after Tue 15:00 (one nanosecond for the
        // lifecycle, rounded up to the next microsecond in the store)
        assertThat(d.service.nextDue()).contains(d.local("2026-03-03T15:00").plusNanos(1_000));
        assertThat(after.nextSlaAlert(c, d.local("2026-03-02T10:00"))).contains(d.local("2026-03-03T15:00").plusNanos(1));

        List<CommandResult> alerts = monitorAt(d, "2026-03-03T15:01");
        assertThat(alerts).hasSize(1);
        c = d.service.find(d.id).orElseThrow();
        assertThat(c.breachRecorded(SlaTarget.RESOLUTION)).isTrue();
        assertThat(c.clock(SlaTarget.RESOLUTION).orElseThrow().recordedBreach()).contains(d.local("2026-03-03T15:00"));
        assertThat(after.replay(d.service.history(d.id))).isEqualTo(c);
    }

    @Test
    void changedCalendar_recordedBreachNoLongerHolding_survivesReplayAndClosing() {
        TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
        InMemoryCaseStore repo = new InMemoryCaseStore();
        FeedbackLifecycle before = FeedbackLifecycle.standard(OFFICE);
        SlaPolicy p = policy(List.of(), Map.of(SlaTarget.RESOLUTION, Duration.ofHours(16)), List.of(),
                ReopenMode.RESTART);
        Driver d = driver(before, p, repo, clock);
        d.open(feedback(d, "2026-03-02T09:00"));
        d.ok("2026-03-02T09:00", register(Priority.MEDIUM));
        d.ok("2026-03-02T09:30", CaseChange.responded());
        // 16 h from Mon 09:00 -> Tue 17:00; the monitor at Tue 17:30 records the breach at Tue 17:00.
        assertThat(monitorAt(d, "2026-03-03T17:30")).hasSize(1);
        long version = d.service.find(d.id).orElseThrow().version();

        // Wed 08:00: Tue 3 Mar is made a holiday after the fact. On that calendar 16 h from Mon 09:00
        // is 8 h Monday, 8 h Wednesday -> Wed 17:00, so the breach no longer holds by the calendar.
        BusinessCalendar withHoliday = office("office-holiday").holiday(LocalDate.of(2026, 3, 3)).build();
        FeedbackLifecycle after = before.withCalendar(withHoliday, d.local("2026-03-04T08:00"));
        int sent = d.commands;
        d = driver(after, p, repo, clock);
        d.commands = sent;
        d.clock.set(d.local("2026-03-04T08:00"));
        FeedbackCase c = ((CommandResult.Accepted) d.service.recomputeSla(CommandId.of("recompute-1"), d.id, version,
                Actor.system("ops"))).current();
        assertThat(c.clock(SlaTarget.RESOLUTION).orElseThrow().deadline()).isEqualTo(d.local("2026-03-04T17:00"));
        // the recorded breach stays, with its instant
        assertThat(after.slaResults(c, d.local("2026-03-04T08:00")).get(0).breachedAt())
                .contains(d.local("2026-03-03T17:00"));
        d.ok("2026-03-04T10:00", CaseChange.Resolved.plain());
        d.ok("2026-03-04T10:05", CaseChange.followUpStarted());
        c = d.ok("2026-03-04T10:10", CaseChange.Confirmed.withSatisfaction(4));
        SlaResult resolution = result(c, SlaTarget.RESOLUTION);
        assertThat(resolution.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(resolution.breachedAt()).contains(d.local("2026-03-03T17:00"));
        // replay of the history the engine wrote does not fail, and gives the stored case
        assertThat(after.replay(d.service.history(d.id))).isEqualTo(c);
    }

    // ------------------------------------------------------------------ defect 2: CONTINUE repeats alerts

    @Test
    void reopenContinue_doesNotRepeatRecordedAlertsNorEscalateAgain() {
        TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
        SlaPolicy p = policy(List.of(), Map.of(SlaTarget.RESOLUTION, Duration.ofHours(4)),
                List.of(new SlaWarning.Before(Duration.ofHours(1))), ReopenMode.CONTINUE);
        Driver d = driver(FeedbackLifecycle.standard(OFFICE), p, new InMemoryCaseStore(), clock);
        d.open(feedback(d, "2026-03-02T09:00"));
        d.ok("2026-03-02T09:00", register(Priority.MEDIUM));
        d.ok("2026-03-02T09:10", CaseChange.responded());
        // 4 h from Mon 09:00 -> deadline 13:00; one working hour before -> warning 12:00.
        // At 13:30: the warning and the breach (which the escalation policy follows with an escalation).
        assertThat(monitorAt(d, "2026-03-02T13:30")).hasSize(2);
        d.ok("2026-03-02T14:00", CaseChange.Resolved.plain());
        FeedbackCase c = d.ok("2026-03-02T15:00", new CaseChange.Reopened("not fixed"));
        assertThat(c.escalationCount()).isEqualTo(1);
        // The continued clock counted 09:00-14:00 = 5 h; 14:00-15:00 does not count. Its warning and
        // breach were recorded in cycle 1 and happened once: nothing is due again.
        assertThat(c.clock(SlaTarget.RESOLUTION).orElseThrow().recordedBreach()).contains(d.local("2026-03-02T13:00"));
        assertThat(c.nextSlaAlert()).isEmpty();
        assertThat(monitorAt(d, "2026-03-02T16:00")).isEmpty();
        List<CaseEvent> history = d.service.history(d.id);
        assertThat(count(history, CaseEventType.SLA_WARNING)).isEqualTo(1);
        assertThat(count(history, CaseEventType.SLA_BREACH)).isEqualTo(1);
        assertThat(d.service.find(d.id).orElseThrow().escalationCount()).isEqualTo(1);
    }

    // ------------------------------------------------------------------ defect 3: target removed, then back

    @Test
    void targetRemovedByPriorityAndAddedBack_isMeasuredAgain() {
        TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
        SlaPolicy p = policy(List.of(SlaRule.of(Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(30)))
                        .whenPriority(Priority.URGENT)),
                Map.of(SlaTarget.RESOLUTION, Duration.ofHours(16)), List.of(), ReopenMode.RESTART);
        Driver d = driver(FeedbackLifecycle.standard(OFFICE), p, new InMemoryCaseStore(), clock);
        d.open(feedback(d, "2026-03-02T09:00"));
        d.ok("2026-03-02T09:00", register(Priority.URGENT));
        FeedbackCase c = d.ok("2026-03-02T09:05", new CaseChange.PriorityChanged(Priority.LOW));
        assertThat(c.clock(SlaTarget.FIRST_RESPONSE).orElseThrow().cancelledAt()).contains(d.local("2026-03-02T09:05"));
        c = d.ok("2026-03-02T09:10", new CaseChange.PriorityChanged(Priority.URGENT));
        // Reattached from the start of its phase, the cycle's start Mon 09:00: deadline 09:30.
        assertThat(c.clock(SlaTarget.FIRST_RESPONSE).orElseThrow().isActive()).isTrue();
        assertThat(c.clock(SlaTarget.FIRST_RESPONSE).orElseThrow().deadline()).isEqualTo(d.local("2026-03-02T09:30"));
        c = d.ok("2026-03-02T09:20", CaseChange.responded());
        // The reply at 09:20 is measured: 20 min of 30, met.
        SlaResult fr = d.service.lifecycle().slaResults(c, d.local("2026-03-02T09:20")).get(0);
        assertThat(fr.target()).isEqualTo(SlaTarget.FIRST_RESPONSE);
        assertThat(fr.status()).isEqualTo(SlaStatus.MET);
        assertThat(fr.elapsed()).isEqualTo(Duration.ofMinutes(20));
    }

    // ------------------------------------------------------------------ defect 4: attached while paused

    @Test
    void clockAttachedWhileAwaitingCustomer_countsTheRunningPause() {
        TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
        SlaPolicy p = policy(List.of(SlaRule.of(Map.of(SlaTarget.NEXT_UPDATE, Duration.ofHours(2)))
                        .whenPriority(Priority.HIGH)),
                Map.of(SlaTarget.RESOLUTION, Duration.ofHours(16)), List.of(), ReopenMode.RESTART);
        Driver d = driver(FeedbackLifecycle.standard(OFFICE), p, new InMemoryCaseStore(), clock);
        d.open(feedback(d, "2026-03-02T09:00"));
        d.ok("2026-03-02T09:00", register(Priority.MEDIUM));
        d.ok("2026-03-02T09:30", CaseChange.responded());
        d.ok("2026-03-02T10:00", CaseChange.awaitingCustomer());
        FeedbackCase c = d.ok("2026-03-02T11:00", new CaseChange.PriorityChanged(Priority.HIGH));
        // The next-update clock is attached at 11:00, counting from the response at 09:30, paused
        // since 10:00 when the wait began (not since 11:00).
        assertThat(c.clock(SlaTarget.NEXT_UPDATE).orElseThrow().pausedSince()).contains(d.local("2026-03-02T10:00"));
        c = d.ok("2026-03-02T12:00", CaseChange.customerReplied());
        // Counted 09:30-10:00 = 30 min; 1 h 30 left from 12:00 -> deadline 13:30 (not 12:30).
        assertThat(c.clock(SlaTarget.NEXT_UPDATE).orElseThrow().elapsed(OFFICE, d.local("2026-03-02T12:00")))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(c.clock(SlaTarget.NEXT_UPDATE).orElseThrow().deadline()).isEqualTo(d.local("2026-03-02T13:30"));
    }

    // ------------------------------------------------------------------ defect 5: warnings outside hours

    @Test
    void warningOfZeroThreshold_goesOutAtTheNextOpening() {
        TestClock clock = new TestClock(Instant.parse("2026-03-07T22:00:00Z"));
        SlaPolicy p = policy(List.of(), Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(30)),
                List.of(new SlaWarning.Before(Duration.ofHours(1))), ReopenMode.RESTART);
        Driver d = driver(FeedbackLifecycle.standard(OFFICE), p, new InMemoryCaseStore(), clock);
        // Received Saturday 7 Mar 22:00. 30 min from the next opening, Mon 9 Mar 09:00 -> 09:30. "One
        // hour before" a 30-minute target is a threshold of zero: the first working instant, Mon 09:00
        // (not Saturday 22:00, when no one is there).
        d.open(feedback(d, "2026-03-07T22:00"));
        FeedbackCase c = d.ok("2026-03-07T22:05", register(Priority.MEDIUM));
        assertThat(c.clock(SlaTarget.FIRST_RESPONSE).orElseThrow().deadline()).isEqualTo(d.local("2026-03-09T09:30"));
        assertThat(c.nextSlaAlert()).contains(d.local("2026-03-09T09:00"));
        assertThat(monitorAt(d, "2026-03-08T12:00")).isEmpty();
        assertThat(monitorAt(d, "2026-03-09T09:00")).hasSize(1);
    }

    @Test
    void warningReachedAtClosingTime_goesOutAtTheNextOpening() {
        TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
        SlaPolicy p = policy(List.of(), Map.of(SlaTarget.RESOLUTION, Duration.ofHours(16)),
                List.of(new SlaWarning.Before(Duration.ofHours(8))), ReopenMode.RESTART);
        Driver d = driver(FeedbackLifecycle.standard(OFFICE), p, new InMemoryCaseStore(), clock);
        d.open(feedback(d, "2026-03-02T09:00"));
        FeedbackCase c = d.ok("2026-03-02T09:00", register(Priority.MEDIUM));
        // 16 h from Mon 09:00 -> Tue 17:00; 8 working hours before it is reached at Mon 17:00, a closing
        // time before the night's gap: the warning goes out at the next opening, Tue 09:00.
        assertThat(c.nextSlaAlert()).contains(d.local("2026-03-03T09:00"));
        assertThat(monitorAt(d, "2026-03-02T17:00")).isEmpty();
        assertThat(monitorAt(d, "2026-03-03T09:00")).hasSize(1);
    }

    // ------------------------------------------------------------------ defect 6: cancelled after breach

    @Test
    void rejectedAfterFirstResponseBreach_keepsTheBreach() {
        TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
        SlaPolicy p = policy(List.of(), Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(30)), List.of(),
                ReopenMode.RESTART);
        Driver d = driver(FeedbackLifecycle.standard(OFFICE), p, new InMemoryCaseStore(), clock);
        d.open(feedback(d, "2026-03-02T09:00"));
        d.ok("2026-03-02T09:00", register(Priority.MEDIUM));
        // 30 min from Mon 09:00 -> 09:30; recorded at 10:00.
        assertThat(monitorAt(d, "2026-03-02T10:00")).hasSize(1);
        FeedbackCase c = d.ok("2026-03-02T10:30", new CaseChange.Rejected(Validity.invalid("spam")));
        SlaResult fr = result(c, SlaTarget.FIRST_RESPONSE);
        assertThat(fr.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(fr.breachedAt()).contains(d.local("2026-03-02T09:30"));
        assertThat(c.outcome().orElseThrow().slaVerdict(SlaTarget.FIRST_RESPONSE)).contains(SlaStatus.BREACHED);
    }

    @Test
    void followUpBreachedThenReopened_keepsTheBreachInThePast() {
        TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
        SlaPolicy p = policy(List.of(), Map.of(SlaTarget.FOLLOW_UP, Duration.ofHours(1)), List.of(),
                ReopenMode.RESTART);
        Driver d = driver(FeedbackLifecycle.standard(OFFICE), p, new InMemoryCaseStore(), clock);
        d.open(feedback(d, "2026-03-02T09:00"));
        d.ok("2026-03-02T09:00", register(Priority.MEDIUM));
        d.ok("2026-03-02T09:10", CaseChange.responded());
        d.ok("2026-03-02T10:00", CaseChange.Resolved.plain());
        // follow-up 1 h from the resolution at 10:00 -> 11:00; reopened at 12:00, unrecorded.
        FeedbackCase c = d.ok("2026-03-02T12:00", new CaseChange.Reopened("still broken"));
        SlaResult followUp = c.pastClocks().stream().filter(r -> r.target().equals(SlaTarget.FOLLOW_UP))
                .findFirst().orElseThrow();
        assertThat(followUp.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(followUp.breachedAt()).contains(d.local("2026-03-02T11:00"));
        assertThat(Optional.of(followUp.cycle())).contains(1);
    }
}
