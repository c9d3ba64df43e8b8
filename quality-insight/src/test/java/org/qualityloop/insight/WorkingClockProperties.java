package org.qualityloop.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;

/**
 * The cumulative working clock gives the calendar's own working time, to the millisecond, for
 * random calendars (zones with daylight saving, split and overnight shifts, whole days, holidays and
 * special hours) and random instants: near daylight-saving changes and year ends, inside and far
 * outside the years the clock keeps blocks for, with fractions of a second.
 */
class WorkingClockProperties {

    private static final String[] ZONES = {"UTC", "Europe/Berlin", "America/New_York", "Asia/Shanghai",
        "Australia/Lord_Howe", "Pacific/Apia", "America/Sao_Paulo", "Asia/Kolkata"};
    private static final String[][] DAYS = {{}, {"09:00-17:00"}, {"08:00-12:00", "13:00-18:00"},
        {"00:00-24:00"}, {"01:30-03:30", "09:00-10:00"}, {"02:00-02:45"}};

    static BusinessCalendar calendar(SplittableRandom r) {
        ZoneId zone = ZoneId.of(ZONES[r.nextInt(ZONES.length)]);
        BusinessCalendar.Builder b = BusinessCalendar.builder("random", zone);
        boolean overnight = r.nextInt(3) == 0; // Saturday 22:00 to Sunday 06:00, then Sunday 10:00-14:00
        for (DayOfWeek d : DayOfWeek.values()) {
            String[] day = DAYS[r.nextInt(DAYS.length)];
            if (overnight && d == DayOfWeek.SATURDAY) {
                day = new String[] {"22:00-06:00+1"};
            } else if (overnight && d == DayOfWeek.SUNDAY) {
                day = new String[] {"10:00-14:00"};
            }
            if (day.length > 0) {
                b.hours(d, day);
            }
        }
        for (int i = r.nextInt(4); i > 0; i--) {
            LocalDate date = LocalDate.of(2024 + r.nextInt(4), 1 + r.nextInt(12), 1 + r.nextInt(28));
            if (r.nextBoolean()) {
                b.holiday(date);
            } else {
                b.specialHours(date, WorkingInterval.parse("10:00-12:00"));
            }
        }
        if (r.nextInt(4) == 0) {
            b.holiday(java.time.MonthDay.of(12, 31));
        }
        return b.build();
    }

    static Instant instant(SplittableRandom r, BusinessCalendar c) {
        int kind = r.nextInt(10);
        Instant base;
        if (kind == 0) { // far outside the kept years
            base = r.nextBoolean() ? Instant.parse("1850-06-01T00:00:00Z") : Instant.parse("2350-06-01T00:00:00Z");
        } else if (kind <= 3) { // near a daylight-saving change
            List<ZoneOffsetTransition> ts = new ArrayList<>();
            ZoneOffsetTransition t = c.zone().getRules().nextTransition(Instant.parse("2024-01-01T00:00:00Z"));
            for (int i = 0; i < 8 && t != null; i++) {
                ts.add(t);
                t = c.zone().getRules().nextTransition(t.getInstant());
            }
            base = ts.isEmpty() ? Instant.parse("2026-03-29T01:00:00Z") : ts.get(r.nextInt(ts.size())).getInstant();
        } else if (kind == 4) { // near a year end
            base = Instant.parse((2024 + r.nextInt(4)) + "-12-31T20:00:00Z");
        } else {
            base = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(r.nextLong(4L * 365 * 86_400));
        }
        return base.plusSeconds(r.nextLong(-2 * 86_400, 2 * 86_400)).plusNanos(r.nextInt(1_000_000_000));
    }

    @Property(tries = 300)
    void clockGivesTheCalendarsWorkingTime(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        BusinessCalendar c = calendar(r);
        WorkingClock clock = new WorkingClock(c);
        for (int i = 0; i < 40; i++) {
            Instant a = instant(r, c);
            Instant b = switch (r.nextInt(4)) {
                case 0 -> a;
                case 1 -> a.plusNanos(r.nextLong(2_000_000_000L));
                case 2 -> a.plusSeconds(r.nextLong(90L * 86_400));
                default -> instant(r, c);
            };
            if (b.isBefore(a)) {
                Instant t = a;
                a = b;
                b = t;
            }
            long expected = c.workingTimeBetween(a, b).toMillis();
            Statistics.label("working").collect(expected == 0 ? "none" : "some");
            assertThat(clock.millisBetween(a, b)).as("%s to %s on %s", a, b, c).isEqualTo(expected);
            assertThat(WorkingClock.wallMillis(a, b)).isEqualTo(Duration.between(a, b).toMillis());
        }
        Statistics.label("working").coverage(k -> {
            k.check("none").percentage(p -> p > 5);
            k.check("some").percentage(p -> p > 30);
        });
    }

    /**
     * Worked example on Monday–Friday 09:00–17:00: from Friday 16:30 to Monday 10:15:30.250 is
     * 30 min on Friday and 1 h 15 min 30.25 s on Monday, 6,330,250 ms.
     */
    @Test
    void millisBetween_acrossWeekend_countsOnlyWorkingHours() {
        WorkingClock clock = new WorkingClock(History.OFFICE);
        Instant friday = Instant.parse("2026-03-06T16:30:00Z");
        Instant monday = Instant.parse("2026-03-09T10:15:30.250Z");
        assertThat(clock.millisBetween(friday, monday)).isEqualTo(6_330_250L);
        assertThat(clock.millisBetween(monday, monday)).isZero();
    }
}
