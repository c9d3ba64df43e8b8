package org.qualityloop.workflow.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.Priority;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaPause;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaRule;
import org.qualityloop.model.sla.SlaStatus;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.cases.SlaExplanation;
import org.qualityloop.workflow.store.InMemoryCaseStore;

/**
 * A worked example of an SLA explanation: why a resolution clock is breached. Calendar: Mon–Fri
 * 09:00–17:00 UTC with Tuesday 2026-03-03 a holiday; 2026-03-02 is a Monday. Every expected
 * value is derived by hand in the comments. Public: the JSON modules check their golden fixture
 * against {@link #example()}.
 */
public class SlaExplanationTest {

    static final BusinessCalendar OFFICE = BusinessCalendar.builder("office", ZoneOffset.UTC)
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-17:00"))
            .holiday(LocalDate.parse("2026-03-03")).build();

    /**
     * The explanation of the example case's resolution clock on Wednesday 13:00, as the engine
     * gives it.
     *
     * @return the explanation
     */
    public static SlaExplanation example() {
        SlaPolicy p = SlaPolicy.builder("explained")
                .rule(SlaRule.of(Map.of(SlaTarget.RESOLUTION, Duration.ofHours(4)))
                        .whenCategory(FeedbackCategory.SERVICE_ATTITUDE))
                .defaultTarget(SlaTarget.RESOLUTION, Duration.ofHours(8))
                .reopen(ReopenMode.RESTART)
                .build();
        TestClock clock = new TestClock(Instant.parse("2026-03-02T15:00:00Z"));
        Driver d = SlaChangesTest.driver(FeedbackLifecycle.standard(OFFICE), p, new InMemoryCaseStore(), clock);
        d.open(SlaChangesTest.feedback(d, "2026-03-02T15:00"));
        d.ok("2026-03-02T15:00", SlaChangesTest.register(Priority.MEDIUM));
        d.ok("2026-03-02T16:00", CaseChange.responded());
        d.ok("2026-03-02T16:30", CaseChange.awaitingCustomer());
        d.ok("2026-03-04T10:00", CaseChange.customerReplied());
        d.ok("2026-03-04T10:30", CaseChange.Reclassified.category(FeedbackCategory.SERVICE_ATTITUDE));
        d.clock.set(d.local("2026-03-04T13:00"));
        return d.service.explainSla(d.id, SlaTarget.RESOLUTION).orElseThrow();
    }

    private static Instant t(String utc) {
        return Instant.parse(utc + ":00Z");
    }

    @Test
    void breachedResolution_isExplained() {
        SlaExplanation e = example();
        // registered Mon 15:00 as a technical issue: 8 h -> Mon 15-17 (2 h), Tue holiday, Wed 09-15 (6 h)
        // reclassified Wed 10:30 as service attitude: rule 1 gives 4 h from the original start, Mon 15:00;
        // counted Mon 15:00-16:30 (1.5 h), paused Mon 16:30 - Wed 10:00 awaiting the customer,
        // then Wed 10:00-12:30 (2.5 h): the deadline is Wed 12:30, breached right after it.
        assertThat(e.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(e.targetDuration()).isEqualTo(Duration.ofHours(4));
        assertThat(e.rule()).contains("rule 1 of policy 'explained' (category=service-attitude)");
        assertThat(e.start()).isEqualTo(t("2026-03-02T15:00"));
        assertThat(e.deadline()).isEqualTo(t("2026-03-04T12:30"));
        assertThat(e.breachedAt()).contains(t("2026-03-04T12:30"));
        // Mon 15:00-16:30 and Wed 10:00-13:00: 1.5 h + 3 h = 4.5 h counted by Wed 13:00
        assertThat(e.elapsed()).isEqualTo(Duration.ofMinutes(270));
        assertThat(e.counted()).containsExactly(
                new SlaExplanation.Span(t("2026-03-02T15:00"), t("2026-03-02T16:30")),
                new SlaExplanation.Span(t("2026-03-04T10:00"), t("2026-03-04T13:00")));
        assertThat(e.pauses()).containsExactly(new SlaPause(t("2026-03-02T16:30"), t("2026-03-04T10:00")));
        assertThat(e.pausedSince()).isEmpty();
        assertThat(e.holidays()).containsExactly(LocalDate.parse("2026-03-03"));
        assertThat(e.changes()).containsExactly(
                new SlaExplanation.Change(t("2026-03-02T15:00"), Optional.of(CaseChange.SlaTargetsSet.Reason.REGISTERED),
                        Optional.of(Duration.ofHours(8)), "office"),
                new SlaExplanation.Change(t("2026-03-04T10:30"),
                        Optional.of(CaseChange.SlaTargetsSet.Reason.RECLASSIFIED), Optional.of(Duration.ofHours(4)),
                        "office"));
        assertThat(e.text()).isEqualTo("""
                resolution of case case-1, cycle 1, at 2026-03-04T13:00:00Z: BREACHED
                target PT4H of working time on calendar office, from rule 1 of policy 'explained' \
                (category=service-attitude)
                started 2026-03-02T15:00:00Z, deadline 2026-03-04T12:30:00Z
                counted PT4H30M of working time in 2 stretches: [2026-03-02T15:00:00Z, 2026-03-02T16:30:00Z), \
                [2026-03-04T10:00:00Z, 2026-03-04T13:00:00Z)
                paused: [2026-03-02T16:30:00Z, 2026-03-04T10:00:00Z)
                holidays skipped: 2026-03-03
                target changes: 2026-03-02T15:00:00Z REGISTERED: PT8H on office, \
                2026-03-04T10:30:00Z RECLASSIFIED: PT4H on office
                breached at 2026-03-04T12:30:00Z: the PT4H of working time counted from 2026-03-02T15:00:00Z, \
                pauses excluded, ran out at 2026-03-04T12:30:00Z, and the clock is still counting at \
                2026-03-04T13:00:00Z
                """);
        assertThat(e.toString()).isEqualTo(e.text());
    }

    @Test
    void metClock_listsWhereItCounted_andNoBreach() {
        SlaPolicy p = SlaPolicy.builder("plain").defaultTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(2))
                .reopen(ReopenMode.RESTART).build();
        TestClock clock = new TestClock(Instant.parse("2026-03-02T16:00:00Z"));
        Driver d = SlaChangesTest.driver(FeedbackLifecycle.standard(OFFICE), p, new InMemoryCaseStore(), clock);
        d.open(SlaChangesTest.feedback(d, "2026-03-02T16:00"));
        d.ok("2026-03-02T16:00", SlaChangesTest.register(Priority.MEDIUM));
        d.ok("2026-03-04T09:30", CaseChange.responded());
        d.clock.set(d.local("2026-03-04T11:00"));
        SlaExplanation e = d.service.explainSla(d.id, SlaTarget.FIRST_RESPONSE).orElseThrow();
        // 2 h from Mon 16:00: Mon 16-17 (1 h), Tue holiday, Wed 09-10 (1 h) -> deadline Wed 10:00;
        // answered Wed 09:30: met, having counted Mon 16:00-17:00 and Wed 09:00-09:30
        assertThat(e.status()).isEqualTo(SlaStatus.MET);
        assertThat(e.deadline()).isEqualTo(t("2026-03-04T10:00"));
        assertThat(e.endedAt()).contains(t("2026-03-04T09:30"));
        assertThat(e.breachedAt()).isEmpty();
        assertThat(e.rule()).contains("the default of policy 'plain'");
        assertThat(e.counted()).containsExactly(
                new SlaExplanation.Span(t("2026-03-02T16:00"), t("2026-03-02T17:00")),
                new SlaExplanation.Span(t("2026-03-04T09:00"), t("2026-03-04T09:30")));
        assertThat(e.elapsed()).isEqualTo(Duration.ofMinutes(90));
        assertThat(e.text()).doesNotContain("breached at");
        assertThat(d.service.explainSla(d.id, SlaTarget.RESOLUTION)).isEmpty();
    }

    @Test
    void explanations_holdNoPersonalData() {
        SlaExplanation e = example();
        // the example's feedback has no customer; the text holds codes, instants and durations only
        assertThat(e.text()).doesNotContain("agent-1").doesNotContain("fb-1");
    }
}
