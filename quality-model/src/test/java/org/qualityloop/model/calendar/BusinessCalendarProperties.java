package org.qualityloop.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of working-time arithmetic over random calendars (zones with and without DST) and instants. */
class BusinessCalendarProperties {

    static final List<String> ZONES = List.of("UTC", "Europe/Berlin", "America/New_York", "Asia/Shanghai",
            "Australia/Lord_Howe", "America/Sao_Paulo");
    private static final long FROM = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2029-01-01T00:00:00Z").getEpochSecond();

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return Arbitraries.longs().map(BusinessCalendarProperties::calendar);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(FROM, TO).flatMap(s -> Arbitraries.integers().between(0, 999_999_999)
                .map(n -> Instant.ofEpochSecond(s, n % 3 == 0 ? 0 : n)));
    }

    @Provide
    Arbitrary<Duration> durations() {
        return Arbitraries.longs().between(0, 600L * 3600 * 1000).map(Duration::ofMillis);
    }

    /** A random valid calendar: per day 0-2 minute-aligned intervals, sometimes overnight, some holidays. */
    static BusinessCalendar calendar(long seed) {
        return calendar(seed, null);
    }

    /**
     * The calendar of {@link #calendar(long)} for the same seed, built with the same builder calls
     * but in {@code zone} (when not null) instead of the zone the seed draws.
     */
    static BusinessCalendar calendar(long seed, ZoneId zone) {
        Random r = new Random(seed);
        ZoneId drawn = ZoneId.of(ZONES.get(r.nextInt(ZONES.size())));
        BusinessCalendar.Builder b = BusinessCalendar.builder("random", zone != null ? zone : drawn);
        if (r.nextInt(6) == 0) {
            for (DayOfWeek d : DayOfWeek.values()) {
                b.hours(d, WorkingInterval.wholeDay());
            }
            return b.build();
        }
        boolean any = false;
        for (DayOfWeek d : DayOfWeek.values()) {
            int n = r.nextInt(3);
            List<Integer> cuts = new ArrayList<>();
            while (cuts.size() < 2 * n) {
                int m = 1 + r.nextInt(24 * 60 - 1);
                if (!cuts.contains(m)) {
                    cuts.add(m);
                }
            }
            cuts.sort(null);
            for (int i = 0; i < n; i++) {
                b.hours(d, new WorkingInterval(cuts.get(2 * i) * 60, cuts.get(2 * i + 1) * 60));
                any = true;
            }
        }
        if (!any || r.nextBoolean()) {
            b.hours(DayOfWeek.SUNDAY, WorkingInterval.overnight(java.time.LocalTime.of(23, 59, 30),
                    java.time.LocalTime.of(0, 0, 30)));
        }
        for (int i = r.nextInt(20); i > 0; i--) {
            LocalDate date = LocalDate.of(2024 + r.nextInt(5), 1 + r.nextInt(12), 1 + r.nextInt(28));
            if (r.nextBoolean()) {
                b.holiday(date);
            } else {
                b.specialHours(date, WorkingInterval.parse("02:30-03:30"), WorkingInterval.parse("10:00-11:00"));
            }
        }
        return b.build();
    }

    @Property(tries = 500)
    void betweenInvertsPlus(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant a,
            @ForAll("durations") Duration d) {
        assertThat(c.workingTimeBetween(a, c.plus(a, d))).isEqualTo(d);
    }

    @Property(tries = 500)
    void minusInvertsPlusFromWorkingTime(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant t,
            @ForAll("durations") Duration d) {
        Instant a = c.nextWorkingTime(t);
        assertThat(c.minus(c.plus(a, d), d)).isEqualTo(a);
    }

    @Property(tries = 500)
    void plusIsMonotonicInDuration(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant a,
            @ForAll("durations") Duration d1, @ForAll("durations") Duration d2) {
        Duration lo = d1.compareTo(d2) <= 0 ? d1 : d2;
        Duration hi = d1.compareTo(d2) <= 0 ? d2 : d1;
        assertThat(c.plus(a, lo)).isBeforeOrEqualTo(c.plus(a, hi));
    }

    @Property(tries = 500)
    void plusIsAssociativeFromWorkingTime(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant t,
            @ForAll("durations") Duration d1, @ForAll("durations") Duration d2) {
        Instant a = c.nextWorkingTime(t);
        assertThat(c.isWorkingTime(a)).isTrue();
        assertThat(c.plus(c.plus(a, d1), d2)).isEqualTo(c.plus(a, d1.plus(d2)));
    }

    @Property(tries = 500)
    void nextWorkingTimeIsIdempotent(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant t) {
        Instant n = c.nextWorkingTime(t);
        assertThat(n).isAfterOrEqualTo(t);
        assertThat(c.nextWorkingTime(n)).isEqualTo(n);
        assertThat(c.workingTimeBetween(t, n)).isEqualTo(Duration.ZERO);
    }

    @Property(tries = 500)
    void betweenNeverExceedsElapsed(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant a,
            @ForAll("instants") Instant b) {
        Instant from = a.isBefore(b) ? a : b;
        Instant to = a.isBefore(b) ? b : a;
        Duration w = c.workingTimeBetween(from, to);
        assertThat(w).isLessThanOrEqualTo(Duration.between(from, to));
        assertThat(w.isNegative()).isFalse();
    }
}
