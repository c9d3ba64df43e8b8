package org.qualityloop.examples.report;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.qualityloop.metrics.CalendarPeriod;
import org.qualityloop.examples.internal.Valid;

/**
 * Turns the calendar periods of a series into the axis of a trend chart: every period from the
 * first to the last, in order, with the periods that have no data in between kept as gaps.
 *
 * <p>Stateless and thread-safe.
 */
final class Periods {

    private Periods() {
    }

    /**
     * Returns every period from the earliest to the latest of {@code periods}.
     *
     * @param periods the periods with data, all of one unit; may be empty
     * @param field the argument's name for messages
     * @return the contiguous periods in order; empty if {@code periods} is
     * @throws IllegalArgumentException if the periods are of different units
     */
    static List<CalendarPeriod> span(Collection<CalendarPeriod> periods, String field) {
        List<CalendarPeriod> given = Valid.listCopy(periods, field);
        if (given.isEmpty()) {
            return List.of();
        }
        CalendarPeriod first = given.stream().min(Comparator.comparing(CalendarPeriod::start)).orElseThrow();
        CalendarPeriod last = given.stream().max(Comparator.comparing(CalendarPeriod::start)).orElseThrow();
        for (CalendarPeriod period : given) {
            if (period.unit() != first.unit()) {
                throw new IllegalArgumentException(field + " must all be periods of one unit, but had "
                        + first.unit() + " and " + period.unit());
            }
        }
        List<CalendarPeriod> span = new ArrayList<>();
        for (CalendarPeriod p = first; !p.start().isAfter(last.start());
                p = CalendarPeriod.of(p.unit(), p.endExclusive())) {
            span.add(p);
        }
        return span;
    }

    /** Returns the labels of the periods, in order. */
    static List<String> labels(List<CalendarPeriod> periods) {
        return periods.stream().map(Periods::label).toList();
    }

    /**
     * Returns the label of a period as {@link CalendarPeriod#label()} writes it ({@code 2026-11-23},
     * {@code 2026-W48}, {@code 2026-11}), always in ASCII digits whatever the default locale.
     */
    static String label(CalendarPeriod period) {
        LocalDate start = period.start();
        return switch (period.unit()) {
            case DAY -> start.toString();
            case ISO_WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
        };
    }
}
