package org.qualityloop.model.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * The year tables of one {@link BusinessCalendar}: built lazily, held in bounded memory, and
 * summed over any span of years in bounded time.
 *
 * <h2>Why spans cost a bounded number of steps</h2>
 * The Gregorian calendar repeats exactly every 400 years (146,097 days, which is 20,871 weeks), and
 * so do a weekly schedule, yearly exceptions and a time zone's rule-based daylight-saving changes.
 * What does not repeat is confined to a window of years: the dated exceptions and the zone's
 * explicit historical transitions, widened by two years on each side (a year's table depends on
 * the last day of the year before). Outside that window, a year's working total and working-day
 * count equal those of its <em>representative</em>, the year of the same 400-year residue next to
 * the window. Sums over spans then take whole 400-year cycles in one step; the steps left are
 * bounded by the window plus two cycles, however far apart the years are.
 *
 * <h2>Memory</h2>
 * Tables of 1900–2299 are kept once built (about 12 KB each for a Monday-to-Friday calendar);
 * tables of other years are kept up to {@value #MAX_OTHER_TABLES} at a time, after which the cache
 * of other years starts afresh. Per-year totals are kept for the window and the two
 * representative cycles only: twelve bytes a year.
 *
 * <p>Thread-safe: every cache slot holds a value that is correct whenever it is present, and a
 * value computed twice by racing threads is equal.
 */
final class YearTables {

    /** Years after which the Gregorian calendar, with its weekdays, repeats. */
    static final int CYCLE = 400;
    /** Tables of years outside 1900–2299 kept at most at a time. */
    static final int MAX_OTHER_TABLES = 256;

    private static final int FIRST_INDEXED_YEAR = 1900;
    private static final int INDEXED_YEARS = 400;
    private static final int MARGIN = 2;

    private final ZoneRules rules;
    private final Function<LocalDate, WorkingInterval[]> spec;
    /** First and last year that may differ from their 400-year residue; {@code lo > hi} when none. */
    private final int lo;
    private final int hi;
    private final AtomicReferenceArray<YearTable> indexed = new AtomicReferenceArray<>(INDEXED_YEARS);
    private final ConcurrentHashMap<Integer, YearTable> others = new ConcurrentHashMap<>();
    /** First year of the summaries: {@code lo - CYCLE}; they cover the window and a cycle on each side. */
    private final int summaryBase;
    private final AtomicLongArray totals;
    private final AtomicIntegerArray workingDays;
    private volatile long[] highCycle;
    private volatile long[] lowCycle;

    YearTables(ZoneRules rules, Function<LocalDate, WorkingInterval[]> spec, Collection<LocalDate> datedExceptions) {
        this.rules = rules;
        this.spec = spec;
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (LocalDate d : datedExceptions) {
            min = Math.min(min, d.getYear());
            max = Math.max(max, d.getYear());
        }
        List<ZoneOffsetTransition> transitions = rules.getTransitions();
        if (!transitions.isEmpty()) {
            min = Math.min(min, yearOf(transitions.get(0)));
            max = Math.max(max, yearOf(transitions.get(transitions.size() - 1)));
        }
        if (min > max) {
            this.lo = 2000;
            this.hi = 1999;
        } else {
            this.lo = min - MARGIN;
            this.hi = max + MARGIN;
        }
        this.summaryBase = lo - CYCLE;
        int size = (hi - lo + 1) + 2 * CYCLE;
        this.totals = new AtomicLongArray(size);
        this.workingDays = new AtomicIntegerArray(size);
        for (int i = 0; i < size; i++) {
            totals.set(i, -1);
            workingDays.set(i, -1);
        }
    }

    private static int yearOf(ZoneOffsetTransition t) {
        return t.getDateTimeBefore().getYear();
    }

    // ------------------------------------------------------------------ tables

    /** The table of a year, built on first use. */
    YearTable table(int year) {
        int slot = year - FIRST_INDEXED_YEAR;
        if (slot >= 0 && slot < INDEXED_YEARS) {
            YearTable t = indexed.get(slot);
            if (t == null) {
                // built outside any lock; a concurrent build of the same year gives an equal table
                t = build(year);
                if (!indexed.compareAndSet(slot, null, t)) {
                    t = indexed.get(slot);
                }
            }
            return t;
        }
        YearTable t = others.get(year);
        if (t == null) {
            if (others.size() >= MAX_OTHER_TABLES) {
                others.clear();
            }
            t = others.computeIfAbsent(year, this::build);
        }
        return t;
    }

    /** The number of year tables held now (for tests of the memory bound). */
    int heldTables() {
        int n = others.size();
        for (int i = 0; i < INDEXED_YEARS; i++) {
            if (indexed.get(i) != null) {
                n++;
            }
        }
        return n;
    }

    // --------------------------------------------------------------- summaries

    /** The working seconds of a year. */
    long total(int year) {
        int i = representative(year) - summaryBase;
        long t = totals.get(i);
        if (t < 0) {
            YearTable tb = table(representative(year));
            t = tb.total;
            totals.set(i, t);
            workingDays.set(i, tb.workingDays());
        }
        return t;
    }

    /** The working days of a year. */
    int workingDays(int year) {
        int i = representative(year) - summaryBase;
        int d = workingDays.get(i);
        if (d < 0) {
            YearTable tb = table(representative(year));
            d = tb.workingDays();
            totals.set(i, tb.total);
            workingDays.set(i, d);
        }
        return d;
    }

    /** The year that repeats {@code year}'s totals next to the window (the year itself inside it). */
    int representative(int year) {
        if (year > hi) {
            return hi + 1 + Math.floorMod(year - hi - 1, CYCLE);
        }
        if (year < lo) {
            return lo - 1 - Math.floorMod(lo - 1 - year, CYCLE);
        }
        return year;
    }

    /**
     * How many whole cycles starting at {@code year} lie in one repeating region (0 when the next
     * {@value #CYCLE} years reach the window).
     */
    int cyclesFrom(int year) {
        if (year > hi) {
            return Integer.MAX_VALUE / CYCLE;
        }
        if (year + CYCLE <= lo) {
            return (lo - year) / CYCLE;
        }
        return 0;
    }

    /** How many whole cycles ending just before {@code year} lie in one repeating region. */
    int cyclesBefore(int year) {
        if (year - 1 < lo) {
            return Integer.MAX_VALUE / CYCLE;
        }
        if (year - CYCLE > hi) {
            return (year - 1 - hi) / CYCLE;
        }
        return 0;
    }

    /** Working seconds of one cycle of the repeating region holding {@code year} (outside the window). */
    long cycleSeconds(int year) {
        return cycle(year)[0];
    }

    /** Working days of one cycle of the repeating region holding {@code year} (outside the window). */
    long cycleDays(int year) {
        return cycle(year)[1];
    }

    private long[] cycle(int year) {
        boolean high = year > hi;
        long[] c = high ? highCycle : lowCycle;
        if (c == null) {
            long seconds = 0;
            long days = 0;
            int first = high ? hi + 1 : lo - CYCLE;
            for (int y = first; y < first + CYCLE; y++) {
                seconds += total(y);
                days += workingDays(y);
            }
            c = new long[] {seconds, days};
            if (high) {
                highCycle = c;
            } else {
                lowCycle = c;
            }
        }
        return c;
    }

    /** The working seconds of the years {@code [from, to)}. */
    long secondsOfYears(int from, int to) {
        long s = 0;
        int y = from;
        while (y < to) {
            int k = Math.min(cyclesFrom(y), (to - y) / CYCLE);
            if (k > 0) {
                s = Math.addExact(s, Math.multiplyExact(k, cycleSeconds(y)));
                y += k * CYCLE;
            } else {
                s = Math.addExact(s, total(y));
                y++;
            }
        }
        return s;
    }

    /** The working days of the years {@code [from, to)}. */
    long daysOfYears(int from, int to) {
        long s = 0;
        int y = from;
        while (y < to) {
            int k = Math.min(cyclesFrom(y), (to - y) / CYCLE);
            if (k > 0) {
                s = Math.addExact(s, Math.multiplyExact(k, cycleDays(y)));
                y += k * CYCLE;
            } else {
                s = Math.addExact(s, workingDays(y));
                y++;
            }
        }
        return s;
    }

    // ---------------------------------------------------------------- building

    private YearTable build(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        int days = first.lengthOfYear();
        long lastEnd = Long.MIN_VALUE;
        LocalDate before = first.minusDays(1);
        for (WorkingInterval w : spec.apply(before)) {
            lastEnd = Math.max(lastEnd, epochSecond(before, w.endSecond()));
        }
        long[] start = new long[days * 2];
        long[] end = new long[days * 2];
        int[] workingBefore = new int[days + 1];
        int n = 0;
        LocalDate d = first;
        for (int day = 0; day < days; day++, d = d.plusDays(1)) {
            boolean working = false;
            long dayMax = lastEnd;
            for (WorkingInterval w : spec.apply(d)) {
                long s = epochSecond(d, w.startSecond());
                long e = epochSecond(d, w.endSecond());
                dayMax = Math.max(dayMax, e);
                s = Math.max(s, lastEnd);
                if (s < e) {
                    if (n == start.length) {
                        start = Arrays.copyOf(start, n * 2);
                        end = Arrays.copyOf(end, n * 2);
                    }
                    start[n] = s;
                    end[n] = e;
                    n++;
                    working = true;
                }
            }
            lastEnd = dayMax;
            workingBefore[day + 1] = workingBefore[day] + (working ? 1 : 0);
        }
        long[] cum = new long[n + 1];
        for (int i = 0; i < n; i++) {
            cum[i + 1] = cum[i] + (end[i] - start[i]);
        }
        return new YearTable(year, n, Arrays.copyOf(start, n), Arrays.copyOf(end, n), cum, workingBefore);
    }

    /** First instant (epoch second) at which the wall clock shows the local time or later. */
    long epochSecond(LocalDate date, int secondOfDay) {
        LocalDateTime ldt = LocalDateTime.of(date, LocalTime.MIDNIGHT).plusSeconds(secondOfDay);
        ZoneOffsetTransition tr = rules.getTransition(ldt);
        if (tr == null) {
            return ldt.toEpochSecond(rules.getOffset(ldt));
        }
        if (tr.isGap()) {
            return tr.getInstant().getEpochSecond();
        }
        return ldt.toEpochSecond(tr.getOffsetBefore());
    }
}
