package org.qualityloop.workflow.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.sla.SlaZoneSource;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.store.InMemoryCaseStore;

/**
 * A target measured in the case's zone is measured exactly as on the same calendar built directly
 * in that zone: the engine's clocks of a case from a customer in zone Z, on a team calendar of
 * another zone with the policy saying "the case's zone", equal those of the same case without a
 * zone on a lifecycle whose calendar is built in Z — at registration, after the first response,
 * and after the customer's zone is corrected to another zone (recomputed from the start, as a case
 * received in that zone). Receipts are drawn around the DST changes of March and November.
 */
class SlaTimeZoneProperties {

    static final java.util.List<String> ZONES = java.util.List.of("UTC", "Europe/Berlin", "America/New_York",
            "Asia/Shanghai", "Australia/Lord_Howe", "America/Sao_Paulo", "Asia/Kolkata");

    /** The team's calendar, with the same builder calls in any zone. */
    static BusinessCalendar team(ZoneId zone) {
        return BusinessCalendar.builder("team", zone)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-17:00"))
                .hours(DayOfWeek.SATURDAY, WorkingInterval.parse("22:00-02:00+1"))
                .holiday(LocalDate.of(2026, 3, 9))
                .holiday(MonthDay.of(11, 2))
                .specialHours(LocalDate.of(2026, 3, 30), WorkingInterval.parse("01:00-04:00"))
                .build();
    }

    static SlaPolicy policy(boolean caseZone, Duration firstResponse, Duration resolution) {
        SlaPolicy.Builder b = SlaPolicy.builder("p").defaultTarget(SlaTarget.FIRST_RESPONSE, firstResponse)
                .defaultTarget(SlaTarget.RESOLUTION, resolution).reopen(ReopenMode.RESTART);
        if (caseZone) {
            b.zoneSource(SlaTarget.FIRST_RESPONSE, SlaZoneSource.CASE).zoneSource(SlaTarget.RESOLUTION,
                    SlaZoneSource.CASE);
        }
        return b.build();
    }

    static Driver open(BusinessCalendar calendar, SlaPolicy policy, Instant received, Optional<ZoneId> zone) {
        TestClock clock = new TestClock(received);
        CaseService s = CaseService.builder(FeedbackLifecycle.standard(calendar), policy, clock)
                .store(new InMemoryCaseStore()).build();
        Driver d = new Driver(s, clock, ZoneOffset.UTC, "case-1");
        Feedback.Builder f = Feedback.builder(FeedbackId.of("fb-1"), Channel.PHONE, received);
        zone.ifPresent(f::zone);
        d.open(f.build());
        return d;
    }

    static FeedbackCase at(Driver d, Instant t, CaseChange change) {
        return d.ok(t.atOffset(ZoneOffset.UTC).toLocalDateTime().toString(), change);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZONES).map(ZoneId::of);
    }

    @Provide
    Arbitrary<Instant> receipts() {
        return Arbitraries.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 22), LocalDate.of(2026, 10, 20),
                LocalDate.of(2026, 10, 29), LocalDate.of(2026, 12, 28))
                .flatMap(d -> Arbitraries.longs().between(0, 10 * 86_400L)
                        .map(s -> d.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(s)));
    }

    @Provide
    Arbitrary<Duration> targets() {
        return Arbitraries.longs().between(1, 40 * 60).map(Duration::ofMinutes);
    }

    private static void sameClock(FeedbackCase a, FeedbackCase b, SlaTarget target) {
        SlaClock x = a.clock(target).orElseThrow();
        SlaClock y = b.clock(target).orElseThrow();
        assertThat(x.deadline()).as("%s deadline", target).isEqualTo(y.deadline());
        assertThat(x.stoppedAt()).isEqualTo(y.stoppedAt());
    }

    @Property(tries = 60)
    void measuredInTheCasesZone_equalsMeasuredOnACalendarBuiltInThatZone(@ForAll("zones") ZoneId team,
            @ForAll("zones") ZoneId customer, @ForAll("zones") ZoneId corrected, @ForAll("receipts") Instant received,
            @ForAll("targets") Duration firstResponse, @ForAll("targets") Duration resolution,
            @ForAll @IntRange(min = 1, max = 5 * 24 * 60) int respondAfterMinutes) {
        Driver inCaseZone = open(team(team), policy(true, firstResponse, resolution), received, Optional.of(customer));
        Driver direct = open(team(customer), policy(false, firstResponse, resolution), received, Optional.empty());
        FeedbackCase a = at(inCaseZone, received, SlaChangesTest.register(Priority.MEDIUM));
        FeedbackCase b = at(direct, received, SlaChangesTest.register(Priority.MEDIUM));
        sameClock(a, b, SlaTarget.FIRST_RESPONSE);
        sameClock(a, b, SlaTarget.RESOLUTION);

        Instant responded = received.plus(Duration.ofMinutes(respondAfterMinutes));
        a = at(inCaseZone, responded, CaseChange.responded());
        b = at(direct, responded, CaseChange.responded());
        sameClock(a, b, SlaTarget.FIRST_RESPONSE);
        assertThat(a.clock(SlaTarget.FIRST_RESPONSE).orElseThrow().status(team(customer), responded))
                .isEqualTo(b.clock(SlaTarget.FIRST_RESPONSE).orElseThrow().status(team(customer), responded));

        // the customer's zone corrected: the running resolution clock is recomputed from its start,
        // as on a case received with the corrected zone
        Instant correction = responded.plusSeconds(1);
        a = at(inCaseZone, correction, CaseChange.Reclassified.zone(corrected));
        Driver fresh = open(team(corrected), policy(false, firstResponse, resolution), received, Optional.empty());
        FeedbackCase c = at(fresh, received, SlaChangesTest.register(Priority.MEDIUM));
        sameClock(a, c, SlaTarget.RESOLUTION);
        assertThat(inCaseZone.service.lifecycle().replay(inCaseZone.service.history(inCaseZone.id))).isEqualTo(a);
    }
}
