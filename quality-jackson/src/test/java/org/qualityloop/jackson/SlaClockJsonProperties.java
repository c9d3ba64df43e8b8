package org.qualityloop.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.sla.SlaTarget;

/**
 * SLA clocks driven as {@code SlaClockProperties} drives them (a start, then alternating pauses and
 * resumes at random gaps, some clocks stopped or cancelled) round-trip exactly through JSON.
 */
class SlaClockJsonProperties {

    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

    @Provide
    Arbitrary<SlaClock> clocks() {
        Arbitrary<BusinessCalendar> calendars = Arbitraries.of(
                BusinessCalendar.twentyFourSeven("24x7", ZoneOffset.UTC),
                BusinessCalendar.builder("office", ZoneOffset.UTC)
                        .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-17:00")).build(),
                BusinessCalendar.builder("shanghai", "Asia/Shanghai")
                        .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-12:00"))
                        .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("13:30-18:00")).build());
        Arbitrary<Duration> targets = Arbitraries.oneOf(
                Arbitraries.longs().between(1, 40L * 3600 * 1000).map(Duration::ofMillis),
                Arbitraries.longs().between(1, 40L * 60).map(Duration::ofMinutes));
        Arbitrary<List<Long>> gaps = Arbitraries.oneOf(Arbitraries.longs().between(0, 3L * 24 * 3600 * 1000),
                Arbitraries.longs().between(0, 3L * 24 * 60).map(m -> m * 60_000)).list().ofMinSize(1).ofMaxSize(9);
        return Combinators.combine(calendars, targets, gaps, Arbitraries.integers().between(0, 2))
                .as((cal, target, gap, end) -> {
                    Instant t = T0.plusMillis(gap.get(0));
                    SlaClock clock = SlaClock.start(SlaTarget.RESOLUTION, target, t, cal);
                    for (int i = 1; i < gap.size(); i++) {
                        t = t.plusMillis(gap.get(i));
                        clock = i % 2 == 1 ? clock.pause(t) : clock.resume(t, cal);
                    }
                    if (clock.isPaused() || end == 0) {
                        return clock;
                    }
                    return end == 1 ? clock.stop(t.plusSeconds(1), cal) : clock.cancel(t.plusSeconds(1));
                });
    }

    @Property(tries = 300)
    void jsonRoundTripIsExact(@ForAll("clocks") SlaClock clock) throws Exception {
        Statistics.label("state").collect(clock.isPaused() ? "paused" : clock.stoppedAt().isPresent() ? "stopped"
                : clock.cancelledAt().isPresent() ? "cancelled" : "running");
        Statistics.label("state").coverage(c -> {
            c.check("paused").count(n -> n > 0);
            c.check("stopped").count(n -> n > 0);
            c.check("cancelled").count(n -> n > 0);
        });
        var mapper = QualityLoopJson.mapper();
        assertThat(mapper.readValue(mapper.writeValueAsString(clock), SlaClock.class)).isEqualTo(clock);
    }
}
