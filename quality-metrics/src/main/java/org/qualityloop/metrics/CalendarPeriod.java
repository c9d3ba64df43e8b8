package org.qualityloop.metrics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import org.qualityloop.model.internal.Checks;

/**
 * One calendar period — a day, an ISO week or a month — identified by its unit and its first
 * day, for slicing observations by time. The time zone is applied when an instant is mapped to
 * its period ({@link #of(PeriodUnit, Instant, ZoneId)}), so the same instant can fall on
 * different days in different zones.
 *
 * <p>Immutable and thread-safe; usable as a map key and as part of a composite slice key.
 *
 * @param unit the kind of period
 * @param start the first day of the period: any day for {@link PeriodUnit#DAY}, a Monday for
 *     {@link PeriodUnit#ISO_WEEK}, the first of a month for {@link PeriodUnit#MONTH}
 */
public record CalendarPeriod(PeriodUnit unit, LocalDate start) {

    /**
     * Validates that {@code start} is the first day of a period of {@code unit}.
     *
     * @param unit the kind of period
     * @param start the first day of the period: any day for {@link PeriodUnit#DAY}, a Monday for
     *     {@link PeriodUnit#ISO_WEEK}, the first of a month for {@link PeriodUnit#MONTH}
     * @throws IllegalArgumentException if {@code start} does not begin such a period
     */
    public CalendarPeriod {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(start, "start");
        if (unit == PeriodUnit.ISO_WEEK && start.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(
                    "start must be a Monday for ISO_WEEK, but was " + start);
        }
        if (unit == PeriodUnit.MONTH && start.getDayOfMonth() != 1) {
            throw new IllegalArgumentException(
                    "start must be the first day of a month for MONTH, but was " + start);
        }
    }

    /**
     * Returns the period of {@code unit} that contains {@code date}.
     *
     * @param unit the kind of period, not null
     * @param date a calendar date, not null
     * @return the containing period
     */
    public static CalendarPeriod of(PeriodUnit unit, LocalDate date) {
        Checks.notNull(unit, "unit");
        Checks.notNull(date, "date");
        return switch (unit) {
            case DAY -> new CalendarPeriod(unit, date);
            case ISO_WEEK -> new CalendarPeriod(unit,
                    date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            case MONTH -> new CalendarPeriod(unit, date.withDayOfMonth(1));
        };
    }

    /**
     * Returns the period of {@code unit} that contains {@code instant} in {@code zone}.
     *
     * @param unit the kind of period, not null
     * @param instant the moment, not null
     * @param zone the time zone whose calendar applies, not null
     * @return the containing period
     */
    public static CalendarPeriod of(PeriodUnit unit, Instant instant, ZoneId zone) {
        Checks.notNull(instant, "instant");
        Checks.notNull(zone, "zone");
        return of(unit, LocalDate.ofInstant(instant, zone));
    }

    /**
     * Returns the first day after the period.
     *
     * @return the exclusive end date
     */
    public LocalDate endExclusive() {
        return switch (unit) {
            case DAY -> start.plusDays(1);
            case ISO_WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /**
     * Returns a readable label: {@code 2026-11-23} for a day, {@code 2026-W48} for an ISO week
     * (week-based year and week number), {@code 2026-11} for a month.
     *
     * @return the label
     */
    public String label() {
        return switch (unit) {
            case DAY -> start.toString();
            case ISO_WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
        };
    }
}
