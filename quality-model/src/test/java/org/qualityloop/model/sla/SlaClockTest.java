package org.qualityloop.model.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.Channel;
import org.qualityloop.model.Priority;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;

/**
 * Worked SLA examples on a Mon-Fri 09:00-17:00 UTC calendar; 2026-03-02 is a Monday. Expected values are
 * derived by hand in each comment.
 */
class SlaClockTest {

    static final BusinessCalendar OFFICE = BusinessCalendar.builder("office", ZoneOffset.UTC)
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-17:00")).build();

    static Instant at(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void pauseAcrossWeekend() {
        // Resolution 8 h from Fri 6 Mar 15:00; paused Fri 16:00 (1 h used) until Mon 9 Mar 11:00.
        SlaClock c = SlaClock.start(SlaTarget.RESOLUTION, Duration.ofHours(8), at("2026-03-06T15:00:00Z"), OFFICE)
                .pause(at("2026-03-06T16:00:00Z"))
                .resume(at("2026-03-09T11:00:00Z"), OFFICE);
        // Elapsed at Mon 12:00: 1 h Friday + 1 h Monday (09-11 inside the pause does not count) = 2 h.
        assertThat(c.elapsed(OFFICE, at("2026-03-09T12:00:00Z"))).isEqualTo(Duration.ofHours(2));
        // Remaining 7 h from Mon 11:00: 6 h Monday, 1 h Tuesday -> Tue 10 Mar 10:00.
        assertThat(c.deadline(OFFICE, at("2026-03-09T12:00:00Z"))).isEqualTo(at("2026-03-10T10:00:00Z"));
        assertThat(c.deadline()).isEqualTo(at("2026-03-10T10:00:00Z"));
        assertThat(c.status(OFFICE, at("2026-03-10T10:00:00Z"))).isEqualTo(SlaStatus.RUNNING);
        assertThat(c.status(OFFICE, at("2026-03-10T10:00:00.001Z"))).isEqualTo(SlaStatus.BREACHED);
        assertThat(c.breachInstant(OFFICE)).contains(at("2026-03-10T10:00:00Z"));
    }

    @Test
    void pauseLongerThanTargetAndSeveralCycles() {
        // 2 h first response from Mon 09:00; pause at 09:30 (30 min used) until Thu 12 Mar 10:00.
        SlaClock paused = SlaClock.start(SlaTarget.FIRST_RESPONSE, Duration.ofHours(2), at("2026-03-02T09:00:00Z"), OFFICE)
                .pause(at("2026-03-02T09:30:00Z"));
        // While paused it never breaches; asked on Wed 11 Mar 12:00, the deadline would be Wed 13:30.
        assertThat(paused.status(OFFICE, at("2026-03-11T12:00:00Z"))).isEqualTo(SlaStatus.PAUSED);
        assertThat(paused.deadline(OFFICE, at("2026-03-11T12:00:00Z"))).isEqualTo(at("2026-03-11T13:30:00Z"));
        assertThat(paused.breachInstant(OFFICE)).isEmpty();
        SlaClock c = paused.resume(at("2026-03-12T10:00:00Z"), OFFICE)
                // second cycle: 10:00-10:20 counts (50 min used), paused 10:20-14:00
                .pause(at("2026-03-12T10:20:00Z")).resume(at("2026-03-12T14:00:00Z"), OFFICE);
        // Remaining 70 min from Thu 14:00 -> 15:10.
        assertThat(c.deadline()).isEqualTo(at("2026-03-12T15:10:00Z"));
        assertThat(c.elapsed(OFFICE, at("2026-03-12T15:00:00Z"))).isEqualTo(Duration.ofMinutes(110));
        SlaClock stopped = c.stop(at("2026-03-12T15:10:00Z"), OFFICE);
        assertThat(stopped.status(OFFICE, at("2026-03-20T00:00:00Z"))).isEqualTo(SlaStatus.MET);
        assertThat(stopped.breachInstant(OFFICE)).isEmpty();
    }

    @Test
    void deadlineAtClosingTimePassedOverTheWeekendIsBreached() {
        // 8 h from Fri 6 Mar 09:00 fills Friday exactly: deadline Fri 17:00 (closing-time rule).
        SlaClock c = SlaClock.start(SlaTarget.RESOLUTION, Duration.ofHours(8), at("2026-03-06T09:00:00Z"), OFFICE);
        assertThat(c.deadline()).isEqualTo(at("2026-03-06T17:00:00Z"));
        assertThat(c.breachInstant(OFFICE)).contains(at("2026-03-06T17:00:00Z"));
        // At 17:00 exactly the target is used up but not exceeded; a millisecond later the deadline has
        // passed, and on Saturday it is still breached although no working time elapsed since 17:00.
        assertThat(c.status(OFFICE, at("2026-03-06T17:00:00Z"))).isEqualTo(SlaStatus.RUNNING);
        assertThat(c.status(OFFICE, at("2026-03-06T17:00:00.001Z"))).isEqualTo(SlaStatus.BREACHED);
        assertThat(c.status(OFFICE, at("2026-03-07T10:00:00Z"))).isEqualTo(SlaStatus.BREACHED);
        assertThat(c.elapsed(OFFICE, at("2026-03-07T10:00:00Z"))).isEqualTo(Duration.ofHours(8));
        // Resolved Saturday 10:00: missed, with the breach at Friday 17:00.
        SlaClock lateStop = c.stop(at("2026-03-07T10:00:00Z"), OFFICE);
        assertThat(lateStop.status(OFFICE, at("2026-03-09T12:00:00Z"))).isEqualTo(SlaStatus.BREACHED);
        assertThat(lateStop.breachInstant(OFFICE)).contains(at("2026-03-06T17:00:00Z"));
        // Resolved exactly at Friday 17:00: met, no breach instant.
        SlaClock onTime = c.stop(at("2026-03-06T17:00:00Z"), OFFICE);
        assertThat(onTime.status(OFFICE, at("2026-03-09T12:00:00Z"))).isEqualTo(SlaStatus.MET);
        assertThat(onTime.breachInstant(OFFICE)).isEmpty();
        // Re-targeting on Saturday keeps the breach recorded at Friday 17:00, even with a longer target.
        SlaClock longer = c.retarget(Duration.ofHours(16), OFFICE, at("2026-03-07T10:00:00Z"));
        assertThat(longer.recordedBreach()).contains(at("2026-03-06T17:00:00Z"));
        assertThat(longer.status(OFFICE, at("2026-03-09T10:00:00Z"))).isEqualTo(SlaStatus.BREACHED);
    }

    @Test
    void cancelBeforeAnOpenPauseIsRejected() {
        SlaClock paused = SlaClock.start(SlaTarget.RESOLUTION, Duration.ofHours(8), at("2026-03-02T09:00:00Z"), OFFICE)
                .pause(at("2026-03-02T11:00:00Z"));
        assertThatThrownBy(() -> paused.cancel(at("2026-03-02T10:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pausedSince");
        // Cancelled while paused at 12:00: 2 h elapsed (09-11), the pause 11-12 recorded.
        SlaClock cancelled = paused.cancel(at("2026-03-02T12:00:00Z"));
        assertThat(cancelled.pauses()).containsExactly(new SlaPause(at("2026-03-02T11:00:00Z"), at("2026-03-02T12:00:00Z")));
        assertThat(cancelled.elapsed(OFFICE, at("2026-03-03T12:00:00Z"))).isEqualTo(Duration.ofHours(2));
        assertThat(cancelled.status(OFFICE, at("2026-03-02T12:00:00Z"))).isEqualTo(SlaStatus.CANCELLED);
    }

    @Test
    void consumedShareIsExactBeforeTheBreachCheck() {
        // 1 h target from Mon 09:00; at 09:59:58.200 elapsed is 3598.2 s = 99.95 %: not breached.
        SlaClock c = SlaClock.start(SlaTarget.FIRST_RESPONSE, Duration.ofHours(1), at("2026-03-02T09:00:00Z"), OFFICE);
        Instant t = at("2026-03-02T09:59:58.200Z");
        assertThat(c.consumedShare(OFFICE, t)).isEqualByComparingTo(new BigDecimal("0.9995"));
        assertThat(c.status(OFFICE, t)).isEqualTo(SlaStatus.RUNNING);
        assertThat(c.remaining(OFFICE, t)).isEqualTo(Duration.ofMillis(1800));
        assertThat(c.status(OFFICE, at("2026-03-02T10:00:00Z"))).isEqualTo(SlaStatus.RUNNING);
        assertThat(c.status(OFFICE, at("2026-03-02T10:00:00.000000001Z"))).isEqualTo(SlaStatus.BREACHED);
    }

    @Test
    void priorityChangeMidway() {
        // Resolution 8 h (medium) from Mon 09:00 -> deadline Mon 17:00.
        SlaClock c = SlaClock.start(SlaTarget.RESOLUTION, Duration.ofHours(8), at("2026-03-02T09:00:00Z"), OFFICE);
        // At 10:00 priority rises to high (4 h): re-targeted from the original start -> Mon 13:00.
        SlaClock high = c.retarget(Duration.ofHours(4), OFFICE, at("2026-03-02T10:00:00Z"));
        assertThat(high.deadline()).isEqualTo(at("2026-03-02T13:00:00Z"));
        assertThat(high.status(OFFICE, at("2026-03-02T10:00:00Z"))).isEqualTo(SlaStatus.RUNNING);
        // At 12:00 it becomes urgent (2 h): deadline Mon 11:00 lies in the past -> breached at 11:00.
        SlaClock urgent = high.retarget(Duration.ofHours(2), OFFICE, at("2026-03-02T12:00:00Z"));
        assertThat(urgent.status(OFFICE, at("2026-03-02T12:00:00Z"))).isEqualTo(SlaStatus.BREACHED);
        assertThat(urgent.breachInstant(OFFICE)).contains(at("2026-03-02T11:00:00Z"));
        // At 13:00 it drops to low (16 h): stays breached, breach instant still 11:00.
        SlaClock low = urgent.retarget(Duration.ofHours(16), OFFICE, at("2026-03-02T13:00:00Z"));
        assertThat(low.status(OFFICE, at("2026-03-02T13:00:00Z"))).isEqualTo(SlaStatus.BREACHED);
        assertThat(low.breachInstant(OFFICE)).contains(at("2026-03-02T11:00:00Z"));
        assertThat(low.deadline()).isEqualTo(at("2026-03-03T17:00:00Z"));
    }

    @Test
    void reopenRestartsOrContinues() {
        // Resolution 8 h from Mon 09:00, resolved Mon 13:00 (4 h used, met); reopened Tue 09:00.
        SlaClock resolved = SlaClock.start(SlaTarget.RESOLUTION, Duration.ofHours(8), at("2026-03-02T09:00:00Z"), OFFICE)
                .stop(at("2026-03-02T13:00:00Z"), OFFICE);
        assertThat(resolved.status(OFFICE, at("2026-03-02T14:00:00Z"))).isEqualTo(SlaStatus.MET);
        // CONTINUE: 4 h left from Tue 09:00 -> Tue 13:00; elapsed at Tue 10:00 = 5 h.
        SlaClock cont = resolved.reopen(at("2026-03-03T09:00:00Z"), ReopenMode.CONTINUE, OFFICE);
        assertThat(cont.deadline()).isEqualTo(at("2026-03-03T13:00:00Z"));
        assertThat(cont.elapsed(OFFICE, at("2026-03-03T10:00:00Z"))).isEqualTo(Duration.ofHours(5));
        // RESTART: a full 8 h from Tue 09:00 -> Tue 17:00.
        SlaClock restart = resolved.reopen(at("2026-03-03T09:00:00Z"), ReopenMode.RESTART, OFFICE);
        assertThat(restart.deadline()).isEqualTo(at("2026-03-03T17:00:00Z"));
        assertThatThrownBy(() -> restart.reopen(at("2026-03-04T09:00:00Z"), ReopenMode.RESTART, OFFICE))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void warningsOnTheCalendar() {
        // 8 h from Mon 11:00: 6 h Monday, 2 h Tuesday -> deadline Tue 11:00.
        SlaClock c = SlaClock.start(SlaTarget.RESOLUTION, Duration.ofHours(8), at("2026-03-02T11:00:00Z"), OFFICE);
        assertThat(c.deadline()).isEqualTo(at("2026-03-03T11:00:00Z"));
        Instant now = at("2026-03-02T11:00:00Z");
        // One working hour before Tue 11:00 is Tue 10:00 (not a wall-clock hour earlier).
        assertThat(c.warningAt(new SlaWarning.Before(Duration.ofHours(1)), OFFICE, now)).isEqualTo(at("2026-03-03T10:00:00Z"));
        // Three working hours before: 2 h on Tuesday, 1 h Monday -> Mon 16:00 (not Tue 08:00).
        assertThat(c.warningAt(new SlaWarning.Before(Duration.ofHours(3)), OFFICE, now)).isEqualTo(at("2026-03-02T16:00:00Z"));
        // 50 % = 4 h -> Mon 15:00; 75 % = 6 h is reached at the Mon 17:00 closing time, and a warning
        // goes out when someone is there to act on it: at the next opening, Tue 09:00 (still 2 working
        // hours before the Tue 11:00 deadline). Until issue 13 it went out at the closing time.
        assertThat(c.warningAt(new SlaWarning.Share(new BigDecimal("0.5")), OFFICE, now)).isEqualTo(at("2026-03-02T15:00:00Z"));
        assertThat(c.warningAt(new SlaWarning.Share(new BigDecimal("0.75")), OFFICE, now)).isEqualTo(at("2026-03-03T09:00:00Z"));
    }

    @Test
    void recomputeWithChangedCalendar() {
        SlaClock c = SlaClock.start(SlaTarget.RESOLUTION, Duration.ofHours(8), at("2026-03-02T09:00:00Z"), OFFICE);
        // The team moves to 08:00-12:00: 8 h from Mon 09:00 = 3 h Monday, 4 h Tuesday, 1 h Wednesday -> Wed 09:00.
        BusinessCalendar mornings = BusinessCalendar.builder("mornings", ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("08:00-12:00")).build();
        assertThat(c.recomputed(Duration.ofHours(8), mornings).deadline()).isEqualTo(at("2026-03-04T09:00:00Z"));
    }

    @Test
    void recomputeWithChangedPolicy() {
        // A high-priority case started Mon 09:00 under the default 8 h resolution, paused 10:00-11:00.
        SlaClock c = SlaClock.start(SlaTarget.RESOLUTION, Duration.ofHours(8), at("2026-03-02T09:00:00Z"), OFFICE)
                .pause(at("2026-03-02T10:00:00Z")).resume(at("2026-03-02T11:00:00Z"), OFFICE);
        assertThat(c.deadline()).isEqualTo(at("2026-03-03T10:00:00Z"));
        // Re-applied with policy() the high rule gives 4 h: 1 h before the pause, 3 h from 11:00 -> Mon 14:00.
        SlaClock high = c.recomputed(policy(), SlaContext.of(Priority.HIGH), OFFICE);
        assertThat(high.targetDuration()).isEqualTo(Duration.ofHours(4));
        assertThat(high.deadline()).isEqualTo(at("2026-03-02T14:00:00Z"));
        assertThat(high.pauses()).isEqualTo(c.pauses());
        SlaClock followUp = SlaClock.start(SlaTarget.FOLLOW_UP, Duration.ofHours(8), at("2026-03-02T09:00:00Z"), OFFICE);
        assertThatThrownBy(() -> followUp.recomputed(policy(), SlaContext.of(Priority.LOW), OFFICE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("policy 'standard' must define target follow_up for the case, but does not");
    }

    @Test
    void comparableByDeadline() {
        SlaClock late = SlaClock.start(SlaTarget.RESOLUTION, Duration.ofHours(8), at("2026-03-02T09:00:00Z"), OFFICE);
        SlaClock early = SlaClock.start(SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(90), at("2026-03-02T09:00:00Z"), OFFICE)
                .pause(at("2026-03-02T09:10:00.123456789Z"));
        List<SlaClock> list = new ArrayList<>(List.of(late, early));
        list.sort(null);
        assertThat(list).containsExactly(early, late);
    }

    static SlaPolicy policy() {
        return new SlaPolicy("standard", List.of(
                SlaRule.of(Map.of(SlaTarget.RESOLUTION, Duration.ofHours(2))).whenPriority(Priority.URGENT),
                SlaRule.of(Map.of(SlaTarget.RESOLUTION, Duration.ofHours(24))).whenChannel(new Channel("email")),
                SlaRule.of(Map.of(SlaTarget.RESOLUTION, Duration.ofHours(4),
                        SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(30))).whenPriority(Priority.HIGH)),
                Map.of(SlaTarget.RESOLUTION, Duration.ofHours(8), SlaTarget.FIRST_RESPONSE, Duration.ofHours(1)),
                List.of(new SlaWarning.Share(new BigDecimal("0.75")), new SlaWarning.Before(Duration.ofHours(1))),
                ReopenMode.CONTINUE);
    }

    @Test
    void policyMatchesRulesInStatedOrder() {
        SlaPolicy p = policy();
        // High priority by e-mail: the e-mail rule is listed before the high rule -> 24 h.
        assertThat(p.target(SlaTarget.RESOLUTION, SlaContext.of(Priority.HIGH).withChannel(new Channel("email"))))
                .contains(Duration.ofHours(24));
        // First response: the e-mail rule does not define it, the high rule does -> 30 min.
        assertThat(p.target(SlaTarget.FIRST_RESPONSE, SlaContext.of(Priority.HIGH).withChannel(new Channel("email"))))
                .contains(Duration.ofMinutes(30));
        assertThat(p.target(SlaTarget.RESOLUTION, SlaContext.of(Priority.URGENT))).contains(Duration.ofHours(2));
        assertThat(p.target(SlaTarget.RESOLUTION, SlaContext.of(Priority.LOW))).contains(Duration.ofHours(8));
        assertThat(p.target(SlaTarget.FOLLOW_UP, SlaContext.of(Priority.LOW))).isEmpty();
    }

    @Test
    void rejectsIllegalTransitions() {
        SlaClock c = SlaClock.start(SlaTarget.RESOLUTION, Duration.ofHours(8), at("2026-03-02T09:00:00Z"), OFFICE);
        assertThatThrownBy(() -> c.resume(at("2026-03-02T10:00:00Z"), OFFICE)).isInstanceOf(IllegalStateException.class);
        SlaClock p = c.pause(at("2026-03-02T10:00:00Z"));
        assertThatThrownBy(() -> p.pause(at("2026-03-02T11:00:00Z"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> p.resume(at("2026-03-02T09:30:00Z"), OFFICE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pausedSince");
        assertThatThrownBy(() -> new SlaWarning.Share(new BigDecimal("1.2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share must be between 0 and 1");
    }
}
