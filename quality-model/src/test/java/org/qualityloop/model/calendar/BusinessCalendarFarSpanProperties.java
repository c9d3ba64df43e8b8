package org.qualityloop.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Working-time arithmetic over the whole supported range (years 1 to 9999): the 400-year
 * repetition the calendar relies on holds for real year tables, sums over centuries agree with
 * year-by-year sums, addition and subtraction stay inverse to "between" over any distance, the
 * bounds are refused before any work, and the memory held stays bounded.
 */
class BusinessCalendarFarSpanProperties {

    private static final long MIN = BusinessCalendar.MIN_SUPPORTED_INSTANT.getEpochSecond();
    private static final long MAX = BusinessCalendar.MAX_SUPPORTED_INSTANT.getEpochSecond();

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return Arbitraries.longs().map(seed -> {
            BusinessCalendar c = BusinessCalendarProperties.calendar(seed);
            if (seed % 3 != 0) {
                return c;
            }
            // yearly exceptions, 29 February among them, repeat with the Gregorian cycle too
            BusinessCalendar.Builder b = BusinessCalendar.builder("yearly", c.zone());
            c.weeklySchedule().forEach((d, l) -> {
                if (!l.isEmpty()) {
                    b.hours(d, l.toArray(WorkingInterval[]::new));
                }
            });
            c.dateExceptions().forEach((d, l) -> {
                if (l.isEmpty()) {
                    b.holiday(d);
                } else {
                    b.specialHours(d, l.toArray(WorkingInterval[]::new));
                }
            });
            return b.holiday(MonthDay.of(2, 29)).holiday(MonthDay.of(5, 1))
                    .specialHours(MonthDay.of(12, 31), WorkingInterval.parse("09:00-12:00")).build();
        });
    }

    @Provide
    Arbitrary<Instant> anywhere() {
        return Arbitraries.longs().between(MIN, MAX).flatMap(s -> Arbitraries.of(0, 1, 999_999_999)
                .map(n -> Instant.ofEpochSecond(s, n)));
    }

    @Provide
    Arbitrary<Duration> longDurations() {
        long year = 365L * 86_400;
        return Arbitraries.oneOf(
                Arbitraries.longs().between(1, 10 * year),
                Arbitraries.longs().between(1, 3_000 * year)).map(Duration::ofSeconds);
    }

    @Property(tries = 60)
    void yearTotalsRepeatEveryFourHundredYearsOutsideTheWindow(@ForAll("calendars") BusinessCalendar c,
            @ForAll @IntRange(min = 1, max = 9999) int year) {
        YearTables years = c.yearTables();
        int rep = years.representative(year);
        YearTable own = years.table(year);
        YearTable other = years.table(rep);
        Statistics.label("represented by another year").collect(rep != year);
        assertThat(Math.floorMod(rep - year, YearTables.CYCLE)).isZero();
        assertThat(own.total).as("working seconds of %s and of %s", year, rep).isEqualTo(other.total);
        assertThat(own.workingDays()).as("working days of %s and of %s", year, rep).isEqualTo(other.workingDays());
        Statistics.label("represented by another year").coverage(k -> k.check(true).percentage(p -> p > 50));
    }

    @Property(tries = 25)
    void sumsOverCenturiesAgreeWithYearByYearSums(@ForAll("calendars") BusinessCalendar c,
            @ForAll @IntRange(min = 1, max = 9000) int from, @ForAll @IntRange(min = 0, max = 1200) int length) {
        YearTables years = c.yearTables();
        int to = Math.min(from + length, 10_000);
        long seconds = 0;
        long days = 0;
        for (int y = from; y < to; y++) {
            YearTable t = years.table(y);
            seconds += t.total;
            days += t.workingDays();
        }
        assertThat(years.secondsOfYears(from, to)).isEqualTo(seconds);
        assertThat(years.daysOfYears(from, to)).isEqualTo(days);
    }

    @Property(tries = 150)
    void plusAndMinusInvertBetweenOverAnyDistance(@ForAll("calendars") BusinessCalendar c,
            @ForAll("anywhere") Instant t, @ForAll("longDurations") Duration d) {
        String outcome;
        try {
            Instant r = c.plus(t, d);
            assertThat(r).isAfter(t);
            assertThat(c.workingTimeBetween(t, r)).as("between t and t + d").isEqualTo(d);
            outcome = "in range";
        } catch (IllegalArgumentException e) {
            assertThat(e).hasMessageContaining("falls after").hasMessageContaining("supported range");
            outcome = "past the range";
        } catch (IllegalStateException e) {
            assertThat(e).hasMessageContaining("has no working time");
            outcome = "ran out";
        }
        try {
            Instant r = c.minus(t, d);
            assertThat(r).isBefore(t);
            Instant w = c.nextWorkingTime(r);
            assertThat(c.workingTimeBetween(w, t).compareTo(d)).as("between t - d and t").isLessThanOrEqualTo(0);
            assertThat(c.plus(r, d)).as("(t - d) + d is at or before t").isBeforeOrEqualTo(t);
        } catch (IllegalArgumentException e) {
            assertThat(e).hasMessageContaining("falls before").hasMessageContaining("supported range");
        } catch (IllegalStateException e) {
            assertThat(e).hasMessageContaining("has no working time");
        }
        Statistics.label("plus").collect(outcome);
        Statistics.label("plus").coverage(k -> k.check("in range").percentage(p -> p > 60));
    }

    @Property(tries = 60)
    void workingDaysAddUpOverAnyDistance(@ForAll("calendars") BusinessCalendar c,
            @ForAll @IntRange(min = 1, max = 9999) int year, @ForAll @IntRange(min = -3_000_000, max = 3_000_000) int n) {
        LocalDate date = LocalDate.of(year, 6, 15);
        String outcome;
        try {
            LocalDate r = c.plusWorkingDays(date, n);
            assertThat(c.isWorkingDay(r) || n == 0).isTrue();
            long between = n >= 0 ? c.workingDaysBetween(date.plusDays(1), r.plusDays(1))
                    : -c.workingDaysBetween(r, date);
            assertThat(between).isEqualTo(n);
            outcome = "in range";
        } catch (IllegalArgumentException e) {
            assertThat(e).hasMessageContaining("supported range");
            outcome = "past the range";
        } catch (IllegalStateException e) {
            assertThat(e).hasMessageContaining("has no working time");
            outcome = "ran out";
        }
        Statistics.label("plusWorkingDays").collect(outcome);
        Statistics.label("plusWorkingDays").coverage(k -> k.check("in range").percentage(p -> p > 50));
    }

    /** Mon–Fri 09:00–17:00 in UTC with no holidays, so the expected total is weekdays times 8 h. */
    @Example
    void betweenAcrossEightThousandYearsCountsEveryWeekday() {
        BusinessCalendar office = BusinessCalendar.builder("office", ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-17:00").build();
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(9999, 12, 30);
        // weekdays in [from, to): whole weeks give five each; the days left over are counted one by one
        long days = ChronoUnit.DAYS.between(from, to);
        long weekdays = days / 7 * 5;
        for (LocalDate d = from.plusDays(days / 7 * 7); d.isBefore(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                weekdays++;
            }
        }
        Duration between = office.workingTimeBetween(from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(between).isEqualTo(Duration.ofHours(8 * weekdays));
        assertThat(office.workingDaysBetween(from, to)).isEqualTo(weekdays);
        assertThat(office.yearTables().heldTables()).isLessThanOrEqualTo(400 + YearTables.MAX_OTHER_TABLES);
    }

    @Example
    void boundsAreRefusedBeforeAnyWork() {
        BusinessCalendar c = BusinessCalendar.builder("office", ZoneId.of("Asia/Shanghai"))
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-18:00").build();
        Instant t = Instant.parse("2026-03-02T01:00:00Z");
        assertThatThrownBy(() -> c.isWorkingTime(Instant.MAX)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("t must be between 0001-01-02T00:00:00Z and 9999-12-30T23:59:59.999999999Z");
        assertThatThrownBy(() -> c.workingTimeBetween(Instant.MIN, t)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("from must be between");
        assertThatThrownBy(() -> c.plus(t, Duration.ofSeconds(Long.MAX_VALUE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("d must be at most");
        assertThatThrownBy(() -> c.minus(t, Duration.ofSeconds(Long.MAX_VALUE, 999_999_999)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("d must be at most");
        assertThatThrownBy(() -> c.plusWorkingDays(LocalDate.of(2026, 3, 2), Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fall after 9999-12-31");
        assertThatThrownBy(() -> c.plusWorkingDays(LocalDate.of(2026, 3, 2), Integer.MIN_VALUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fall before 0001-01-01");
        assertThatThrownBy(() -> c.isWorkingDay(LocalDate.MAX)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("date must be between 0001-01-01 and 9999-12-31");
        assertThatThrownBy(() -> c.plus(Instant.parse("9999-12-29T00:00:00Z"), Duration.ofDays(30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("falls after 9999-12-30T23:59:59.999999999Z");
        assertThat(c.yearTables().heldTables()).isLessThanOrEqualTo(400 + YearTables.MAX_OTHER_TABLES);
    }

    @Example
    void heldTablesStayBoundedWhateverIsAsked() {
        BusinessCalendar c = BusinessCalendar.builder("office", ZoneId.of("Europe/Berlin"))
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-17:00").build();
        for (int year = 1; year <= 9999; year += 7) {
            c.isWorkingDay(LocalDate.of(year, 7, 1));
        }
        assertThat(c.yearTables().heldTables()).isLessThanOrEqualTo(400 + YearTables.MAX_OTHER_TABLES);
    }
}
