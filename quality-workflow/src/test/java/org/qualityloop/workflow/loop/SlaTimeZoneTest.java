package org.qualityloop.workflow.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.sla.SlaZoneSource;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.cases.SlaExplanation;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.store.InMemoryCaseStore;

/**
 * Worked examples of a target measured on the team's calendar in the customer's time zone
 * (issue 13). The team works Mon–Fri 09:00–17:00 in Asia/Shanghai (+8 all year); the customer is in
 * America/New_York, which goes from EST (-5) to EDT (-4) on Sunday 2026-03-08 at 02:00 (IANA tz
 * database); Europe/London is GMT (+0) until 2026-03-29. 2026-03-06 is a Friday, 2026-03-09 a
 * Monday. Instants are written in UTC; every expected one is derived by hand next to it.
 */
class SlaTimeZoneTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static BusinessCalendar team(ZoneId zone) {
        return BusinessCalendar.builder("shanghai-team", zone)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-17:00")).build();
    }

    /** First response 1 h in the team's zone; resolution 4 h in the customer's zone. */
    static SlaPolicy policy() {
        return SlaPolicy.builder("follow-the-customer")
                .defaultTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(1))
                .defaultTarget(SlaTarget.RESOLUTION, Duration.ofHours(4))
                .reopen(ReopenMode.RESTART)
                .zoneSource(SlaTarget.RESOLUTION, SlaZoneSource.CASE)
                .build();
    }

    static Driver driver(BusinessCalendar calendar, SlaPolicy policy) {
        TestClock clock = new TestClock(Instant.parse("2026-03-06T21:00:00Z"));
        CaseService s = CaseService.builder(FeedbackLifecycle.standard(calendar), policy, clock)
                .store(new InMemoryCaseStore()).build();
        return new Driver(s, clock, ZoneOffset.UTC, "case-1");
    }

    static Feedback feedback(Driver d, Optional<ZoneId> zone) {
        Feedback.Builder b = Feedback.builder(FeedbackId.of("fb-1"), Channel.EMAIL, d.local("2026-03-06T21:00"));
        zone.ifPresent(b::zone);
        return b.build();
    }

    @Test
    void resolutionInTheCustomersZone_acrossNewYorksDstChange_firstResponseInTheTeams() {
        Driver d = driver(team(SHANGHAI), policy());
        // received Fri 2026-03-06 16:00 EST = 21:00Z (Sat 05:00 in Shanghai)
        d.open(feedback(d, Optional.of(NEW_YORK)));
        FeedbackCase c = d.ok("2026-03-06T21:00", SlaChangesTest.register(Priority.MEDIUM));
        // first response, team's zone: Mon 09:00 +8 = Mon 01:00Z, + 1 h = 02:00Z
        assertThat(c.clock(SlaTarget.FIRST_RESPONSE).orElseThrow().deadline())
                .isEqualTo(d.local("2026-03-09T02:00"));
        // resolution, New York: Fri 16:00-17:00 EST counts 1 h; Mon 09:00 is EDT after the change,
        // = 13:00Z, and 3 h more = 16:00Z (with Friday's offset kept it would be 17:00Z)
        assertThat(c.clock(SlaTarget.RESOLUTION).orElseThrow().deadline()).isEqualTo(d.local("2026-03-09T16:00"));
        CaseChange.SlaTargetsSet targets = SlaDepthTest.lastTargets(d);
        assertThat(targets.zones()).isEqualTo(Map.of(SlaTarget.RESOLUTION, NEW_YORK));
        assertThat(c.slaContext().zone()).contains(NEW_YORK);

        // the explanation says where the calendar was read: Fri 16:00-17:00 EST, Mon 09:00-12:00 EDT
        SlaExplanation e = d.service.explainSla(d.id, SlaTarget.RESOLUTION).orElseThrow();
        assertThat(e.calendar()).isEqualTo("shanghai-team");
        assertThat(e.zone()).contains(NEW_YORK);
        d.clock.set(d.local("2026-03-09T16:00"));
        assertThat(d.service.explainSla(d.id, SlaTarget.RESOLUTION).orElseThrow().counted()).containsExactly(
                new SlaExplanation.Span(d.local("2026-03-06T21:00"), d.local("2026-03-06T22:00")),
                new SlaExplanation.Span(d.local("2026-03-09T13:00"), d.local("2026-03-09T16:00")));
        assertThat(e.text()).contains("on calendar shanghai-team in the case's zone America/New_York");
        assertThat(d.service.lifecycle().replay(d.service.history(d.id))).isEqualTo(c);
    }

    @Test
    void caseWithoutZone_fallsBackToTheCalendarsZone() {
        Driver d = driver(team(SHANGHAI), policy());
        d.open(feedback(d, Optional.empty()));
        FeedbackCase c = d.ok("2026-03-06T21:00", SlaChangesTest.register(Priority.MEDIUM));
        // Sat 05:00 in Shanghai: Mon 09:00 +8 = Mon 01:00Z, + 4 h = 05:00Z
        assertThat(c.clock(SlaTarget.RESOLUTION).orElseThrow().deadline()).isEqualTo(d.local("2026-03-09T05:00"));
        assertThat(SlaDepthTest.lastTargets(d).zones()).isEmpty();
    }

    @Test
    void policyWithoutZoneSource_keepsTheCalendarsZone_whateverTheCustomers() {
        SlaPolicy plain = SlaPolicy.builder("team-hours").defaultTarget(SlaTarget.RESOLUTION, Duration.ofHours(4))
                .reopen(ReopenMode.RESTART).build();
        Driver d = driver(team(SHANGHAI), plain);
        d.open(feedback(d, Optional.of(NEW_YORK)));
        FeedbackCase c = d.ok("2026-03-06T21:00", SlaChangesTest.register(Priority.MEDIUM));
        // as without a zone: Mon 05:00Z
        assertThat(c.clock(SlaTarget.RESOLUTION).orElseThrow().deadline()).isEqualTo(d.local("2026-03-09T05:00"));
    }

    @Test
    void customersZoneCorrected_movesTheClockRecomputedFromItsStart_withItsReason() {
        Driver d = driver(team(SHANGHAI), policy());
        d.open(feedback(d, Optional.of(NEW_YORK)));
        d.ok("2026-03-06T21:00", SlaChangesTest.register(Priority.MEDIUM));
        // Mon 2026-03-09 12:00Z: the customer is in London after all. Recomputed from the original
        // start, Fri 21:00Z = Fri 21:00 GMT (after closing): Mon 09:00 GMT = 09:00Z, + 4 h = 13:00Z
        FeedbackCase london = d.ok("2026-03-09T12:00", CaseChange.Reclassified.zone(LONDON));
        assertThat(london.clock(SlaTarget.RESOLUTION).orElseThrow().start()).isEqualTo(d.local("2026-03-06T21:00"));
        assertThat(london.clock(SlaTarget.RESOLUTION).orElseThrow().deadline())
                .isEqualTo(d.local("2026-03-09T13:00"));
        assertThat(london.feedback().zone()).contains(LONDON);
        CaseChange.SlaTargetsSet targets = SlaDepthTest.lastTargets(d);
        assertThat(targets.reason()).contains(CaseChange.SlaTargetsSet.Reason.RECLASSIFIED);
        assertThat(targets.zones()).isEqualTo(Map.of(SlaTarget.RESOLUTION, LONDON));
        // first response stays in the team's zone: Mon 02:00Z
        assertThat(london.clock(SlaTarget.FIRST_RESPONSE).orElseThrow().deadline())
                .isEqualTo(d.local("2026-03-09T02:00"));

        List<SlaExplanation.Change> changes = d.service.explainSla(d.id, SlaTarget.RESOLUTION).orElseThrow()
                .changes();
        assertThat(changes).extracting(SlaExplanation.Change::zone)
                .containsExactly(Optional.of(NEW_YORK), Optional.of(LONDON));
        assertThat(changes.get(1).reason()).contains(CaseChange.SlaTargetsSet.Reason.RECLASSIFIED);
        assertThat(changes.get(1).toString()).endsWith("RECLASSIFIED: PT4H on shanghai-team in Europe/London");
        assertThat(d.service.lifecycle().replay(d.service.history(d.id))).isEqualTo(london);
    }

    @Test
    void customersZoneCorrected_afterTheNewDeadline_isBreachedAtThatDeadline() {
        Driver d = driver(team(SHANGHAI), policy());
        d.open(feedback(d, Optional.of(NEW_YORK)));
        d.ok("2026-03-06T21:00", SlaChangesTest.register(Priority.MEDIUM));
        // Mon 14:00Z: the customer is in London, where the 4 h ran out at Mon 13:00Z (see above);
        // the monitor then records the breach at that instant, not at the time of the correction
        d.ok("2026-03-09T14:00", CaseChange.Reclassified.zone(LONDON));
        SlaChangesTest.monitorAt(d, "2026-03-09T14:00");
        FeedbackCase c = d.service.find(d.id).orElseThrow();
        assertThat(c.clock(SlaTarget.RESOLUTION).orElseThrow().recordedBreach())
                .contains(d.local("2026-03-09T13:00"));
    }
}
