package org.qualityloop.benchmarks.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;

/**
 * Working-time addition and "between" on a Monday-to-Friday 09:00-17:00 Europe/Berlin calendar with
 * holidays, for a 2-hour and a 2,000-hour target (about 50 working weeks, crossing both DST changes).
 * The start instants rotate over a year so that each call lands on a different day.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CalendarBenchmark {

    private static final int STARTS = 1024;

    private BusinessCalendar calendar;
    private Instant[] starts;
    private Instant[] ends2h;
    private Instant[] ends2000h;
    private int next;

    /** Builds the calendar, warms its year tables and precomputes start and end instants. */
    @Setup
    public void setUp() {
        BusinessCalendar.Builder b = BusinessCalendar.builder("berlin-office", ZoneId.of("Europe/Berlin"))
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-17:00"))
                .holiday(MonthDay.of(1, 1)).holiday(MonthDay.of(5, 1)).holiday(MonthDay.of(10, 3))
                .holiday(MonthDay.of(12, 25)).holiday(MonthDay.of(12, 26))
                .specialHours(MonthDay.of(12, 24), WorkingInterval.parse("09:00-12:00"));
        for (int y = 2026; y <= 2029; y++) {
            b.holiday(LocalDate.of(y, 4, 3 + (y - 2026)));
        }
        calendar = b.build();
        starts = new Instant[STARTS];
        ends2h = new Instant[STARTS];
        ends2000h = new Instant[STARTS];
        Instant base = Instant.parse("2026-01-05T08:00:00Z");
        for (int i = 0; i < STARTS; i++) {
            starts[i] = base.plus(Duration.ofMinutes(i * 509L));
            ends2h[i] = calendar.plus(starts[i], Duration.ofHours(2));
            ends2000h[i] = calendar.plus(starts[i], Duration.ofHours(2000));
        }
    }

    private int index() {
        int i = next;
        next = (i + 1) & (STARTS - 1);
        return i;
    }

    /** @return the deadline 2 working hours after a start */
    @Benchmark
    public Instant plus2h() {
        return calendar.plus(starts[index()], Duration.ofHours(2));
    }

    /** @return the deadline 2,000 working hours after a start */
    @Benchmark
    public Instant plus2000h() {
        return calendar.plus(starts[index()], Duration.ofHours(2000));
    }

    /** @return the working time over a span of 2 working hours */
    @Benchmark
    public Duration between2h() {
        int i = index();
        return calendar.workingTimeBetween(starts[i], ends2h[i]);
    }

    /** @return the working time over a span of 2,000 working hours */
    @Benchmark
    public Duration between2000h() {
        int i = index();
        return calendar.workingTimeBetween(starts[i], ends2000h[i]);
    }
}
