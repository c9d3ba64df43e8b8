package org.qualityloop.examples.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.qualityloop.examples.scenario.Demand;
import org.qualityloop.model.CustomerSegment;

/** The simulated demand over the calendar. */
class ArrivalsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

    /** All the demand in the hour from 09:00. */
    private static Demand nineOClock(double perDay, double weekendFactor) {
        List<Double> hourly = new ArrayList<>(Collections.nCopies(24, 0.0));
        hourly.set(9, 1.0);
        return new Demand(perDay, weekendFactor, hourly, Map.of(CustomerSegment.of("standard"), 1.0), 1.0);
    }

    private static List<Instant> drain(Arrivals a) {
        List<Instant> out = new ArrayList<>();
        while (a.peek() != null) {
            assertThat(a.arriving()).isTrue();
            out.add(a.take());
        }
        assertThat(a.arriving()).isFalse();
        return out;
    }

    @Test
    void arrivals_followTheHourlyProfile_skipAClosedWeekend_andComeInTimeOrder() {
        Arrivals a = new Arrivals(nineOClock(40, 0), FRIDAY, BERLIN, new Rng(new SplittableRandom(5)), 100);

        List<Instant> times = drain(a);

        assertThat(times).hasSize(100).isSorted();
        assertThat(a.generated()).isEqualTo(100);
        for (Instant t : times) {
            var local = t.atZone(BERLIN);
            assertThat(local.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(9, 59, 59));
            assertThat(local.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
        // about 40 a weekday: Friday, then from Monday on
        assertThat(times.get(0).atZone(BERLIN).toLocalDate()).isEqualTo(FRIDAY);
        assertThat(times.get(times.size() - 1).atZone(BERLIN).toLocalDate()).isAfter(FRIDAY.plusDays(3));
    }

    @Test
    void arrivals_neverExceedTheRunsCases_evenWhenADayBringsMore() {
        Arrivals a = new Arrivals(nineOClock(1_000, 1), FRIDAY, BERLIN, new Rng(new SplittableRandom(6)), 7);

        List<Instant> times = drain(a);

        assertThat(times).hasSize(7).isSorted()
                .allSatisfy(t -> assertThat(t.atZone(BERLIN).toLocalDate()).isEqualTo(FRIDAY));
        assertThat(a.peek()).isNull();
    }
}
