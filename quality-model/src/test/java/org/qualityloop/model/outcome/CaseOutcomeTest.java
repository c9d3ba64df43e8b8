package org.qualityloop.model.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.StageId;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.model.feedback.RecoveryAction;
import org.qualityloop.model.feedback.RecoveryActionKind;
import org.qualityloop.model.feedback.RecoveryOutcome;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.sla.SlaResult;
import org.qualityloop.model.sla.SlaStatus;
import org.qualityloop.model.sla.SlaTarget;

class CaseOutcomeTest {

    // Monday 2 March 2026, 09:00 in Shanghai is 01:00 UTC.
    private static final Instant MON_0900 = Instant.parse("2026-03-02T01:00:00Z");
    private static final BusinessCalendar OFFICE = BusinessCalendar.builder("office", "Asia/Shanghai")
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-17:00"))
            .build();

    private static CaseOutcome.Builder builder() {
        return CaseOutcome.builder(CaseId.of("case-1"), FeedbackId.of("fb-1"), Channel.APP,
                FeedbackCategory.TECHNICAL_ISSUE, Severity.MAJOR, MON_0900);
    }

    @Test
    void confirmedCase_derivesResponseAndResolutionTimes() {
        CaseOutcome o = builder().priority(Priority.HIGH).stage(StageId.of("after-sales"))
                .owner(AgentId.of("agent-7"))
                .firstResponseAt(MON_0900.plus(Duration.ofMinutes(20)))
                .resolvedAt(MON_0900.plus(Duration.ofHours(26)))
                .satisfaction(4)
                .build(MON_0900.plus(Duration.ofHours(50)), Closure.CONFIRMED);
        assertThat(o.firstResponseTime()).contains(Duration.ofMinutes(20));
        assertThat(o.resolutionTime()).contains(Duration.ofHours(26));
        assertThat(o.isResolved()).isTrue();
        assertThat(o.wasReopened()).isFalse();
    }

    @Test
    void slaVerdict_breachInAnyCycleWins_cancelledIsNotMeasured() {
        SlaResult met1 = new SlaResult(SlaTarget.RESOLUTION, 1, Duration.ofHours(8), Duration.ofHours(7),
                SlaStatus.MET, Optional.empty());
        SlaResult breached2 = new SlaResult(SlaTarget.RESOLUTION, 2, Duration.ofHours(8), Duration.ofHours(9),
                SlaStatus.BREACHED, Optional.of(MON_0900.plus(Duration.ofDays(3))));
        SlaResult cancelled = new SlaResult(SlaTarget.FOLLOW_UP, 1, Duration.ofHours(8), Duration.ZERO,
                SlaStatus.CANCELLED, Optional.empty());
        CaseOutcome o = builder().resolvedAt(MON_0900.plus(Duration.ofDays(4))).sla(met1).sla(breached2)
                .sla(cancelled).reopenCount(1).build(MON_0900.plus(Duration.ofDays(5)), Closure.UNREACHABLE);
        assertThat(o.slaVerdict(SlaTarget.RESOLUTION)).contains(SlaStatus.BREACHED);
        assertThat(o.slaVerdict(SlaTarget.FOLLOW_UP)).isEmpty();
        assertThat(o.slaVerdict(SlaTarget.FIRST_RESPONSE)).isEmpty();
        assertThat(o.sla(SlaTarget.RESOLUTION)).containsExactly(met1, breached2);
        assertThat(o.wasReopened()).isTrue();
    }

    @Test
    void rejectedCase_hasNoResolutionNoReopeningNoSatisfaction() {
        Instant closed = MON_0900.plus(Duration.ofHours(1));
        assertThat(builder().build(closed, Closure.REJECTED).isResolved()).isFalse();
        assertThatThrownBy(() -> builder().resolvedAt(closed).build(closed, Closure.REJECTED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resolvedAt must be empty when closure is REJECTED, but was " + closed);
        assertThatThrownBy(() -> builder().reopenCount(2).build(closed, Closure.REJECTED))
                .hasMessage("reopenCount must be 0 when closure is REJECTED, but was 2");
        assertThatThrownBy(() -> builder().resolvedAt(closed).satisfaction(5).build(closed, Closure.UNREACHABLE))
                .hasMessage("satisfaction must be empty when closure is UNREACHABLE, but was 5");
    }

    @Test
    void badValues_areRejectedNamingTheField() {
        Instant closed = MON_0900.plus(Duration.ofHours(1));
        assertThatThrownBy(() -> builder().build(MON_0900.minusSeconds(1), Closure.REJECTED))
                .hasMessage("closedAt must not be before receivedAt " + MON_0900 + ", but was "
                        + MON_0900.minusSeconds(1));
        assertThatThrownBy(() -> builder().resolvedAt(closed).satisfaction(6).build(closed, Closure.CONFIRMED))
                .hasMessage("satisfaction must be between 1 and 5, but was 6");
        assertThatThrownBy(() -> builder().build(closed, Closure.CONFIRMED))
                .hasMessage("resolvedAt must be present when closure is CONFIRMED, but was empty");
        assertThatThrownBy(() -> builder().firstResponseAt(closed.plusSeconds(1)).resolvedAt(closed)
                .build(closed, Closure.CONFIRMED))
                .hasMessage("firstResponseAt must be between receivedAt " + MON_0900 + " and closedAt " + closed
                        + ", but was " + closed.plusSeconds(1));
        assertThatThrownBy(() -> builder().escalationCount(-1).build(closed, Closure.REJECTED))
                .hasMessage("escalationCount must not be negative, but was -1");
    }

    @Test
    void slaResult_breachInstantMatchesTheStatus() {
        assertThatThrownBy(() -> new SlaResult(SlaTarget.RESOLUTION, 1, Duration.ofHours(8), Duration.ofHours(9),
                SlaStatus.BREACHED, Optional.empty()))
                .hasMessage("breachedAt must be present when status is BREACHED, but was empty");
        assertThatThrownBy(() -> new SlaResult(SlaTarget.RESOLUTION, 0, Duration.ofHours(8), Duration.ZERO,
                SlaStatus.RUNNING, Optional.empty()))
                .hasMessage("cycle must be at least 1, but was 0");
    }

    @Test
    void clockResult_readsStatusElapsedAndBreachInstant() {
        // 8 working hours from Monday 09:00 on a 09-17 calendar: due Monday 17:00 (09:00 UTC).
        SlaClock clock = SlaClock.start(SlaTarget.RESOLUTION, Duration.ofHours(8), MON_0900, OFFICE);
        Instant tue1000 = Instant.parse("2026-03-03T02:00:00Z");
        SlaResult open = clock.result(OFFICE, tue1000, 1);
        assertThat(open.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(open.elapsed()).isEqualTo(Duration.ofHours(9));
        assertThat(open.breachedAt()).contains(Instant.parse("2026-03-02T09:00:00Z"));

        SlaResult met = clock.stop(Instant.parse("2026-03-02T08:00:00Z"), OFFICE).result(OFFICE, tue1000, 1);
        assertThat(met).isEqualTo(new SlaResult(SlaTarget.RESOLUTION, 1, Duration.ofHours(8), Duration.ofHours(7),
                SlaStatus.MET, Optional.empty()));
    }
}
