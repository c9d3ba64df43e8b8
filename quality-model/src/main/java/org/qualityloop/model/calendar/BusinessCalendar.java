package org.qualityloop.model.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qualityloop.model.internal.Checks;

/**
 * A business calendar: the working time of a team in one IANA time zone, given as a weekly
 * schedule of local working intervals plus date exceptions (holidays, special hours, extra working
 * dates; explicit dates or recurring every year). All arithmetic is on {@link Instant}s.
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li>Working intervals are half-open {@code [start, end)}: an instant at closing time is not
 *       working time, an instant at opening time is.</li>
 *   <li>A local time is mapped to the first instant at which the wall clock shows it or a later
 *       time: a time skipped by a daylight-saving gap maps to the end of the gap (so skipped local
 *       times carry no working time), a repeated time maps to its first occurrence. Working time is
 *       real elapsed time: 01:00–03:00 lasts three real hours on the night clocks go back
 *       (Europe/Berlin, 03:00 → 02:00) and one on the night they go forward.</li>
 *   <li>An interval past midnight belongs to the day it starts on; when it overlaps the next day's
 *       intervals (possible only through date exceptions), the overlap counts once.</li>
 *   <li>{@link #plus(Instant, Duration)} ending exactly at a closing time returns that closing time
 *       (09:00 + 8 h on a 09–17 day is 17:00 that day; one more second is 09:00:01 the next working
 *       day); {@link #minus(Instant, Duration)} mirrors it (17:00 − 8 h is 09:00; 09:00 − 1 s is
 *       16:59:59 the previous working day). Adding or subtracting zero returns the instant
 *       unchanged, even outside working hours.</li>
 *   <li>Precision is the nanosecond of the instants and durations passed in; interval boundaries
 *       are whole seconds. Nothing is rounded.</li>
 *   <li>Working intervals that touch (00:00–24:00 on consecutive days, or an overnight interval and
 *       the next day's interval starting when it ends) form one <em>working period</em>. An
 *       <em>opening time</em> is where a working period starts and a <em>closing time</em> where it
 *       ends; {@link #currentOrNextOpening(Instant)} and {@link #currentOrNextClosing(Instant)}
 *       return them, and {@link #previousWorkingTime(Instant)} mirrors
 *       {@link #nextWorkingTime(Instant)}.</li>
 *   <li>The <em>working day</em> of an instant ({@link #workingDayOf(Instant)}) is the date its
 *       working interval starts on (03:00 in a 22:00–06:00 shift belongs to the day before), or its
 *       local date outside working time; {@link #plusWorkingDays(Instant, int)} moves an instant by
 *       working days keeping its time of day within that day.</li>
 * </ul>
 *
 * <h2>Supported range</h2>
 * Instants from {@link #MIN_SUPPORTED_INSTANT} to {@link #MAX_SUPPORTED_INSTANT} and dates from
 * {@link #MIN_SUPPORTED_DATE} to {@link #MAX_SUPPORTED_DATE} (years 1 to 9999 in any zone) are
 * accepted; an argument outside that range, a duration longer than {@link #MAX_SPAN}, or a result
 * that would fall outside the range is an {@link IllegalArgumentException} naming the argument,
 * thrown before any work.
 *
 * <h2>Speed and memory</h2>
 * The calendar lazily builds, per calendar year, a table of its working intervals as instants with
 * their cumulative working total (DST, holidays and special hours included). Addition, subtraction
 * and "between" then cost a binary search plus one step per calendar year crossed, and whole
 * 400-year Gregorian cycles outside the years that hold dated exceptions or the zone's historical
 * transitions are crossed in one step, so the cost is bounded however far apart the instants are.
 * The calendar also remembers the year table it used last, so that successive questions about the
 * same year (the usual case: deadlines of cases opened this year) skip finding the table; that
 * memory changes no answer, and is safe to share between threads.
 * Tables of 1900–2299 are kept once built (about 12 KB per year used by a Monday-to-Friday
 * calendar); tables of other years are kept up to a fixed number at a time, so the memory a
 * calendar holds is bounded too.
 *
 * <h2>Running out of working time</h2>
 * When no working time exists in the {@value #MAX_EMPTY_YEARS} calendar years after (or before) an
 * instant — for example every later date is a holiday — arithmetic throws
 * {@link IllegalStateException} naming the calendar and the instant instead of searching forever.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder(String, ZoneId)}.
 */
public final class BusinessCalendar {

    /** Consecutive calendar years without working time after which a search gives up. */
    public static final int MAX_EMPTY_YEARS = 10;

    /** The earliest instant the calendar accepts: its local date is in year 1 in every zone. */
    public static final Instant MIN_SUPPORTED_INSTANT = Instant.parse("0001-01-02T00:00:00Z");

    /** The latest instant the calendar accepts: its local date is in year 9999 in every zone. */
    public static final Instant MAX_SUPPORTED_INSTANT = Instant.parse("9999-12-30T23:59:59.999999999Z");

    /** The earliest date the calendar accepts. */
    public static final LocalDate MIN_SUPPORTED_DATE = LocalDate.of(1, 1, 1);

    /** The latest date the calendar accepts. */
    public static final LocalDate MAX_SUPPORTED_DATE = LocalDate.of(9999, 12, 31);

    /** The longest working time {@link #plus} and {@link #minus} accept: the length of the supported range. */
    public static final Duration MAX_SPAN = Duration.between(MIN_SUPPORTED_INSTANT, MAX_SUPPORTED_INSTANT);

    private static final WorkingInterval[] NONE = new WorkingInterval[0];

    private final String name;
    private final ZoneId zone;
    private final ZoneRules rules;
    private final Map<DayOfWeek, List<WorkingInterval>> weekly;
    private final Map<LocalDate, List<WorkingInterval>> dates;
    private final Map<MonthDay, List<WorkingInterval>> yearly;
    private final WorkingInterval[][] weeklyArrays = new WorkingInterval[7][];
    private final Map<LocalDate, WorkingInterval[]> dateArrays = new HashMap<>();
    private final Map<MonthDay, WorkingInterval[]> yearlyArrays = new HashMap<>();
    private final YearTables years;
    /**
     * The year table found last by {@link #tableEndingAfter} or {@link #yearTableOf}: a hint that
     * spares the next look-up of an instant in that table's span the local date and the table
     * search ({@link #recentTableHolding}). Read and written without a lock on purpose: a
     * {@link YearTable} is immutable with final fields, so a racing reader sees an older hint or
     * a newer one, both complete, and every hint is checked before it is used.
     */
    private YearTable recentTable;

    private BusinessCalendar(Builder b) {
        this.name = b.name;
        this.zone = b.zone;
        this.rules = b.zone.getRules();
        Map<DayOfWeek, List<WorkingInterval>> w = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            List<WorkingInterval> list = sortedCopy(b.weekly.getOrDefault(d, List.of()));
            w.put(d, list);
            weeklyArrays[d.ordinal()] = list.toArray(NONE);
        }
        this.weekly = Collections.unmodifiableMap(w);
        Map<LocalDate, List<WorkingInterval>> dd = new HashMap<>();
        b.dates.forEach((k, v) -> {
            List<WorkingInterval> list = sortedCopy(v);
            dd.put(k, list);
            dateArrays.put(k, list.toArray(NONE));
        });
        this.dates = Collections.unmodifiableMap(dd);
        Map<MonthDay, List<WorkingInterval>> yy = new HashMap<>();
        b.yearly.forEach((k, v) -> {
            List<WorkingInterval> list = sortedCopy(v);
            yy.put(k, list);
            yearlyArrays.put(k, list.toArray(NONE));
        });
        this.yearly = Collections.unmodifiableMap(yy);
        this.years = new YearTables(rules, this::spec, dd.keySet());
    }

    private static List<WorkingInterval> sortedCopy(List<WorkingInterval> in) {
        List<WorkingInterval> list = new ArrayList<>(in);
        Collections.sort(list);
        return List.copyOf(list);
    }

    /**
     * Starts a builder.
     *
     * @param name the calendar's name, used in messages; an identifier, not null
     * @param zone the IANA time zone, not null
     * @return a new builder
     */
    public static Builder builder(String name, ZoneId zone) {
        return new Builder(name, Checks.notNull(zone, "zone"));
    }

    /**
     * Starts a builder from a zone id text.
     *
     * @param name the calendar's name, an identifier, not null
     * @param zoneId an IANA time-zone id such as {@code "Europe/Berlin"}, not null
     * @return a new builder
     * @throws IllegalArgumentException when the zone is unknown
     */
    public static Builder builder(String name, String zoneId) {
        Checks.notNull(name, "name");
        Checks.notNull(zoneId, "zoneId");
        ZoneId z;
        try {
            z = ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("zone must be a known IANA time zone, but was '" + zoneId + "'", e);
        }
        return new Builder(name, z);
    }

    /**
     * A calendar where every instant is working time, built as 00:00–24:00 on every day.
     *
     * @param name the name, not null
     * @param zone the zone, not null
     * @return the calendar
     */
    public static BusinessCalendar twentyFourSeven(String name, ZoneId zone) {
        Builder b = builder(name, zone);
        for (DayOfWeek d : DayOfWeek.values()) {
            b.hours(d, WorkingInterval.wholeDay());
        }
        return b.build();
    }

    /**
     * Returns the calendar's name.
     *
     * @return the calendar's name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the calendar's time zone.
     *
     * @return the calendar's time zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns this calendar read in another time zone: the same name, the same local weekly hours
     * and the same local-date exceptions (holidays, special hours, extra working dates), each
     * interpreted on the wall clock of {@code other}. For example a team's 09:00–17:00 Monday to
     * Friday calendar in {@code Asia/Shanghai}, re-zoned to {@code America/New_York}, counts
     * 09:00–17:00 New York time, following New York's daylight-saving changes, and a holiday on
     * 1 May runs from midnight to midnight in New York. The result is indistinguishable from a
     * calendar built with the same builder calls in {@code other}; the SLA engine uses it to measure
     * a target on a team's calendar in the customer's zone.
     *
     * @param other the zone to read the calendar in, not null
     * @return the re-zoned calendar; this calendar when {@code other} is its zone
     */
    public BusinessCalendar withZone(ZoneId other) {
        Checks.notNull(other, "zone");
        if (other.equals(zone)) {
            return this;
        }
        Builder b = new Builder(name, other);
        weekly.forEach((d, l) -> {
            if (!l.isEmpty()) {
                b.weekly.put(d, new ArrayList<>(l));
            }
        });
        dates.forEach((d, l) -> b.dates.put(d, new ArrayList<>(l)));
        yearly.forEach((d, l) -> b.yearly.put(d, new ArrayList<>(l)));
        return new BusinessCalendar(b);
    }

    /**
     * Returns the weekly schedule, each day's intervals sorted by start; unmodifiable.
     *
     * @return the weekly schedule, each day's intervals sorted by start; unmodifiable
     */
    public Map<DayOfWeek, List<WorkingInterval>> weeklySchedule() {
        return weekly;
    }

    /**
     * Returns exceptions on explicit dates (an empty list is a holiday); unmodifiable.
     *
     * @return exceptions on explicit dates (an empty list is a holiday); unmodifiable
     */
    public Map<LocalDate, List<WorkingInterval>> dateExceptions() {
        return dates;
    }

    /**
     * Returns exceptions recurring every year (an empty list is a holiday); unmodifiable.
     *
     * @return exceptions recurring every year (an empty list is a holiday); unmodifiable
     */
    public Map<MonthDay, List<WorkingInterval>> yearlyExceptions() {
        return yearly;
    }

    /**
     * The intervals that start on a date after exceptions are applied (explicit dates win over
     * yearly ones, which win over the weekly schedule).
     *
     * @param date the local date, not null
     * @return the intervals, sorted, possibly empty
     */
    public List<WorkingInterval> intervalsOn(LocalDate date) {
        return List.of(spec(Checks.notNull(date, "date")));
    }

    // ---------------------------------------------------------------- queries

    /**
     * Whether an instant is working time (half-open intervals: opening time is, closing is not).
     *
     * @param t the instant, not null, within the {@linkplain #MIN_SUPPORTED_INSTANT supported range}
     * @return true inside a working interval
     * @throws IllegalArgumentException when {@code t} is outside the supported range
     */
    public boolean isWorkingTime(Instant t) {
        inRange(t, "t");
        long sec = t.getEpochSecond();
        LocalDate ld = localDate(t);
        if (ld.getDayOfYear() == 1) {
            YearTable prev = years.table(ld.getYear() - 1);
            int i = prev.firstEndAfter(sec);
            if (i < prev.n && prev.start[i] <= sec) {
                return true;
            }
        }
        YearTable tb = years.table(ld.getYear());
        int i = tb.firstEndAfter(sec);
        if (i < tb.n && tb.start[i] <= sec) {
            return true;
        }
        YearTable next = laggingNextYear(ld, sec);
        if (next == null) {
            return false;
        }
        i = next.firstEndAfter(sec);
        return i < next.n && next.start[i] <= sec;
    }

    /**
     * The first working instant at or after {@code t}: {@code t} itself when it is working time.
     *
     * @param t the instant, not null, within the supported range
     * @return the next working instant
     * @throws IllegalArgumentException when {@code t} or the result is outside the supported range
     * @throws IllegalStateException when the calendar's working time has run out
     */
    public Instant nextWorkingTime(Instant t) {
        inRange(t, "t");
        YearTable tb = tableEndingAfter(t);
        long s = tb.start[tb.firstEndAfter(t.getEpochSecond())];
        return s <= t.getEpochSecond() ? t : result(Instant.ofEpochSecond(s), t, "the next working time after");
    }

    /**
     * The end of the working time at or before {@code t}, mirroring {@link #nextWorkingTime}:
     * {@code t} itself when it is working time or exactly a closing time, otherwise the closing time
     * of the last working period that ended before {@code t}. It is the supremum of the working
     * instants at or before {@code t}: intervals are half-open, so the last working nanosecond is
     * one nanosecond before a closing time. {@link #minus(Instant, Duration)} starts counting back
     * here, and there is no working time between the result and {@code t}.
     *
     * <p>On a Monday-to-Friday 09:00–17:00 calendar: Saturday 10:00 gives Friday 17:00; Monday
     * 08:00 gives Friday 17:00; Monday 17:00 gives Monday 17:00; Monday 12:00 gives Monday 12:00.
     *
     * @param t the instant, not null, within the supported range
     * @return the previous working time, not after {@code t}
     * @throws IllegalArgumentException when {@code t} is outside the supported range
     * @throws IllegalStateException when the calendar has no working time in the
     *     {@value #MAX_EMPTY_YEARS} years before {@code t}
     */
    public Instant previousWorkingTime(Instant t) {
        inRange(t, "t");
        if (isWorkingTime(t)) {
            return t;
        }
        Pos p = lastStartingBefore(t);
        long e = p.table.end[p.index];
        Instant r = Instant.ofEpochSecond(e);
        return r.isAfter(t) ? t : notBefore(r, t, "the previous working time before");
    }

    /**
     * The opening time of the working period that holds {@code t}, or of the next one when
     * {@code t} is not working time. Touching intervals form one period (see the class
     * description), so on a 24×7 calendar the opening lies as far back as the calendar's working
     * time runs without a break.
     *
     * <p>On a Monday-to-Friday 09:00–17:00 calendar: Monday 12:00 gives Monday 09:00; Monday 09:00
     * gives Monday 09:00; Monday 17:00 and Saturday 10:00 give the next opening, Tuesday and Monday
     * 09:00.
     *
     * @param t the instant, not null, within the supported range
     * @return the opening time, at or before {@code t} when {@code t} is working time and after it
     *     otherwise
     * @throws IllegalArgumentException when {@code t} or the result is outside the supported range
     * @throws IllegalStateException when the working period holding {@code t} has no opening in the
     *     {@value #MAX_EMPTY_YEARS} years before it, or no working time follows {@code t} in the
     *     {@value #MAX_EMPTY_YEARS} years after it
     */
    public Instant currentOrNextOpening(Instant t) {
        inRange(t, "t");
        Pos p = firstEndingAfter(t);
        YearTable tb = p.table;
        int i = p.index;
        long s = tb.start[i];
        if (s > t.getEpochSecond()) {
            return result(Instant.ofEpochSecond(s), t, "the next opening time after");
        }
        int stepped = 0;
        while (true) {
            if (i > 0) {
                if (tb.end[i - 1] != s) {
                    break;
                }
                i--;
            } else {
                YearTable prev = years.table(tb.year - 1);
                if (prev.n == 0 || prev.end[prev.n - 1] != s) {
                    break;
                }
                if (++stepped > MAX_EMPTY_YEARS || prev.year < MIN_SUPPORTED_DATE.getYear() - 1) {
                    throw new IllegalStateException("calendar '" + name + "' has no opening time in the "
                            + MAX_EMPTY_YEARS + " years before " + t + ": its working time runs without a break");
                }
                tb = prev;
                i = prev.n - 1;
            }
            s = tb.start[i];
        }
        return notBefore(Instant.ofEpochSecond(s), t, "the opening time of the working period holding");
    }

    /**
     * The closing time of the working period that holds {@code t}, or of the next one when
     * {@code t} is not working time; a closing time is not working time, so at a closing time this
     * is the closing time of the next period. Touching intervals form one period (see the class
     * description): an overnight 22:00–06:00 shift followed by a 06:00–14:00 day closes at 14:00.
     *
     * <p>On a Monday-to-Friday 09:00–17:00 calendar: Monday 12:00 gives Monday 17:00; Monday 17:00
     * gives Tuesday 17:00; Saturday 10:00 gives Monday 17:00.
     *
     * @param t the instant, not null, within the supported range
     * @return the closing time, after {@code t}
     * @throws IllegalArgumentException when {@code t} or the result is outside the supported range
     * @throws IllegalStateException when no working time follows {@code t} in the
     *     {@value #MAX_EMPTY_YEARS} years after it, or the working period runs without a break
     *     through them (a 24×7 calendar has no closing time)
     */
    public Instant currentOrNextClosing(Instant t) {
        inRange(t, "t");
        Pos p = firstEndingAfter(t);
        YearTable tb = p.table;
        int i = p.index;
        long e = tb.end[i];
        int stepped = 0;
        while (true) {
            if (i + 1 < tb.n) {
                if (tb.start[i + 1] != e) {
                    break;
                }
                i++;
            } else {
                YearTable next = years.table(tb.year + 1);
                if (next.n == 0 || next.start[0] != e) {
                    break;
                }
                if (++stepped > MAX_EMPTY_YEARS || next.year > MAX_SUPPORTED_DATE.getYear() + 1) {
                    throw new IllegalStateException("calendar '" + name + "' has no closing time in the "
                            + MAX_EMPTY_YEARS + " years after " + t + ": its working time runs without a break");
                }
                tb = next;
                i = 0;
            }
            e = tb.end[i];
        }
        return result(Instant.ofEpochSecond(e), t, "the closing time of the working period after");
    }

    /**
     * The working day an instant counts on: the local date its working interval starts on when
     * {@code t} is working time (an interval belongs to the day it starts on, so 03:00 in a
     * 22:00–06:00 shift counts on the day before), otherwise {@code t}'s local date in the
     * calendar's zone. Where an overnight interval overlaps the next day's (possible only through
     * date exceptions), the overlap counts on the earlier day, as in the arithmetic.
     *
     * @param t the instant, not null, within the supported range
     * @return the date {@code t} counts on; a working day when {@code t} is working time
     * @throws IllegalArgumentException when {@code t} is outside the supported range
     */
    public LocalDate workingDayOf(Instant t) {
        inRange(t, "t");
        LocalDate ld = localDate(t);
        for (LocalDate d = ld.minusDays(1); !d.isAfter(ld.plusDays(1)); d = d.plusDays(1)) {
            long[] own = ownIntervals(d);
            for (int k = 0; k < own.length; k += 2) {
                if (contains(own[k], own[k + 1], t)) {
                    return d;
                }
            }
        }
        return ld;
    }

    /**
     * Moves an instant by {@code n} working days, keeping its time of day where the landing day's
     * working hours allow. Precisely:
     * <ol>
     *   <li>Zero returns {@code t} unchanged, even outside working time.</li>
     *   <li>The day {@code O} of {@code t} is {@link #workingDayOf(Instant)}; the time of day of
     *       {@code t} is the wall-clock time elapsed since {@code O}'s local midnight (27:00 for
     *       03:00 in a 22:00–06:00 shift that started the day before; nanoseconds kept).</li>
     *   <li>The landing day is {@code D = plusWorkingDays(O, n)}: {@code O} itself is not counted,
     *       so from a Saturday one working day is the Monday.</li>
     *   <li>The same time of day on {@code D} is mapped to an instant {@code L} as every local
     *       time of the calendar is (a time skipped by a daylight-saving gap maps to the end of the
     *       gap, a repeated time to its first occurrence).</li>
     *   <li>The result is {@code L} when it lies in a working interval of {@code D}; otherwise the
     *       next opening of one of {@code D}'s intervals after {@code L} (landing before opening
     *       or in a break moves forward to the opening); when none of {@code D}'s intervals opens
     *       after {@code L}, the closing time of {@code D}'s last interval (landing after closing
     *       moves back to that day's closing time). The result is thus always within {@code D}'s
     *       working hours, its opening and closing included.</li>
     * </ol>
     *
     * <p>On a Monday-to-Friday 09:00–17:00 calendar: Monday 10:00 plus 2 is Wednesday 10:00;
     * Friday 10:00 plus 1 is Monday 10:00; Monday 07:00 plus 1 is Tuesday 09:00; Monday 20:00 plus
     * 1 is Tuesday 17:00; Saturday 10:00 plus 1 is Monday 10:00; Wednesday 10:00 minus 2 is Monday
     * 10:00.
     *
     * @param t the instant, not null, within the supported range
     * @param n the number of working days, negative to move back
     * @return the instant on the landing day
     * @throws IllegalArgumentException when {@code t}, the landing day or the result is outside the
     *     supported range
     * @throws IllegalStateException when the calendar's working days run out
     */
    public Instant plusWorkingDays(Instant t, int n) {
        inRange(t, "t");
        if (n == 0) {
            return t;
        }
        LocalDate o = workingDayOf(t);
        LocalDateTime local = LocalDateTime.ofInstant(t, zone);
        Duration timeOfDay = Duration.between(o.atStartOfDay(), local);
        LocalDate d = plusWorkingDays(o, n);
        Instant l = instantOf(d.atStartOfDay().plus(timeOfDay));
        long[] own = ownIntervals(d);
        if (own.length == 0) {
            throw new IllegalStateException("calendar '" + name + "' has no working interval on " + d
                    + ", which it counts as a working day");
        }
        Instant r = null;
        for (int k = 0; k < own.length && r == null; k += 2) {
            if (l.getEpochSecond() < own[k]) {
                r = Instant.ofEpochSecond(own[k]);
            } else if (contains(own[k], own[k + 1], l)) {
                r = l;
            }
        }
        if (r == null) {
            r = Instant.ofEpochSecond(own[own.length - 1]);
        }
        if (r.isBefore(MIN_SUPPORTED_INSTANT) || r.isAfter(MAX_SUPPORTED_INSTANT)) {
            throw new IllegalArgumentException(n + " working days from " + t + " land at " + r
                    + ", outside the supported range " + MIN_SUPPORTED_INSTANT + " to " + MAX_SUPPORTED_INSTANT);
        }
        return r;
    }

    /**
     * The working time between two instants: the real time inside working intervals in
     * {@code [from, to)}. The cost is bounded whatever the span (see the class description).
     *
     * @param from start, not null, within the supported range
     * @param to end, not null, not before {@code from}, within the supported range
     * @return the working time, zero when {@code from.equals(to)}
     * @throws IllegalArgumentException when {@code to} is before {@code from} or either is outside
     *     the supported range
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        inRange(from, "from");
        inRange(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to must not be before from, but was " + to + " < " + from);
        }
        // offsets within a year's working time fit a long of nanoseconds (a year has fewer than
        // 3.2e16 ns), so the difference is made without intermediate Durations
        YearTable ya = yearTableOf(from);
        YearTable yb = yearTableOf(to);
        return Duration.ofSeconds(years.secondsOfYears(ya.year, yb.year), offsetNanos(yb, to) - offsetNanos(ya, from));
    }

    /**
     * The instant reached after {@code d} of working time from {@code t} (a deadline). Zero returns
     * {@code t}; otherwise counting starts at {@link #nextWorkingTime(Instant)}, and a result that
     * falls exactly on a closing time is that closing time. A negative duration delegates to
     * {@link #minus(Instant, Duration)}. The cost is bounded whatever the duration.
     *
     * @param t the start, not null, within the supported range
     * @param d the working time, not null
     * @return the deadline
     * @throws IllegalArgumentException when {@code t} or the deadline is outside the supported range
     * @throws IllegalStateException when the calendar's working time runs out
     */
    public Instant plus(Instant t, Duration d) {
        inRange(t, "t");
        Checks.notNull(d, "d");
        if (d.isZero()) {
            return t;
        }
        if (d.isNegative()) {
            return minus(t, d.negated());
        }
        checkSpan(d);
        YearTable tb = tableEndingAfter(t);
        long sec = t.getEpochSecond();
        int i = tb.firstEndAfter(sec);
        // the target as working seconds and nanoseconds from the start of tb's year
        long ts;
        int tn;
        if (sec < tb.start[i]) {
            ts = tb.cumBefore[i];
            tn = 0;
        } else {
            ts = tb.cumBefore[i] + (sec - tb.start[i]);
            tn = t.getNano();
        }
        ts += d.getSeconds();
        tn += d.getNano();
        if (tn >= 1_000_000_000) {
            tn -= 1_000_000_000;
            ts++;
        }
        int year = tb.year;
        int empty = 0;
        long total = tb.total;
        while (ts > total || (ts == total && tn > 0)) {
            ts -= total;
            year++;
            int k = years.cyclesFrom(year);
            long cycle = k > 0 ? years.cycleSeconds(year) : 0;
            if (cycle > 0 && ts > cycle) {
                // whole 400-year cycles lie before the target: step over them at once
                long m = Math.min(k, (ts - 1) / cycle);
                ts -= m * cycle;
                year = (int) Math.min(year + m * YearTables.CYCLE, MAX_SUPPORTED_DATE.getYear() + 2L);
            }
            if (year > MAX_SUPPORTED_DATE.getYear() + 1) {
                throw pastRange(t, d, "after", MAX_SUPPORTED_INSTANT);
            }
            total = years.total(year);
            empty = total == 0 ? empty + 1 : 0;
            if (empty > MAX_EMPTY_YEARS) {
                throw runOut(t, "after");
            }
        }
        if (year != tb.year) {
            tb = years.table(year);
        }
        // first j whose cumulative end reaches the target
        int lo = 0;
        int hi = tb.n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            long ce = tb.cumBefore[mid + 1];
            if (ce > ts || (ce == ts && tn == 0)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        Instant r = Instant.ofEpochSecond(tb.start[lo] + (ts - tb.cumBefore[lo]), tn);
        if (r.isAfter(MAX_SUPPORTED_INSTANT)) {
            throw pastRange(t, d, "after", MAX_SUPPORTED_INSTANT);
        }
        return r;
    }

    /**
     * The instant {@code d} of working time before {@code t}, mirroring {@link #plus}: counting
     * back starts at the last working instant at or before {@code t}, and a result exactly at an
     * opening time is that opening time. Zero returns {@code t}; a negative duration delegates to
     * {@link #plus}. The cost is bounded whatever the duration.
     *
     * @param t the end, not null, within the supported range
     * @param d the working time, not null
     * @return the earlier instant
     * @throws IllegalArgumentException when {@code t} or the result is outside the supported range
     * @throws IllegalStateException when no working time exists before {@code t}
     */
    public Instant minus(Instant t, Duration d) {
        inRange(t, "t");
        Checks.notNull(d, "d");
        if (d.isZero()) {
            return t;
        }
        if (d.isNegative()) {
            return plus(t, d.negated());
        }
        checkSpan(d);
        Pos p = lastStartingBefore(t);
        YearTable tb = p.table;
        int i = p.index;
        long sec = t.getEpochSecond();
        // the target as working seconds and nanoseconds from the start of tb's year
        long ts;
        int tn;
        if (sec >= tb.end[i]) {
            ts = tb.cumBefore[i + 1];
            tn = 0;
        } else {
            ts = tb.cumBefore[i] + (sec - tb.start[i]);
            tn = t.getNano();
        }
        ts -= d.getSeconds();
        tn -= d.getNano();
        if (tn < 0) {
            tn += 1_000_000_000;
            ts--;
        }
        int year = tb.year;
        int empty = 0;
        while (ts < 0) {
            int k = years.cyclesBefore(year);
            long cycle = k > 0 ? years.cycleSeconds(year - 1) : 0;
            if (cycle > 0 && -ts > cycle) {
                // whole 400-year cycles lie after the target: step back over them at once
                long m = Math.min(k, (-ts - 1) / cycle);
                ts += m * cycle;
                year = (int) Math.max(year - m * YearTables.CYCLE, MIN_SUPPORTED_DATE.getYear() - 2L);
            }
            year--;
            if (year < MIN_SUPPORTED_DATE.getYear() - 1) {
                throw pastRange(t, d, "before", MIN_SUPPORTED_INSTANT);
            }
            long total = years.total(year);
            ts += total;
            empty = total == 0 ? empty + 1 : 0;
            if (empty > MAX_EMPTY_YEARS) {
                throw runOut(t, "before");
            }
        }
        if (year != tb.year) {
            tb = years.table(year);
        }
        // first j whose cumulative end exceeds the target
        int lo = 0;
        int hi = tb.n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tb.cumBefore[mid + 1] > ts) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        Instant r = Instant.ofEpochSecond(tb.start[lo] + (ts - tb.cumBefore[lo]), tn);
        if (r.isBefore(MIN_SUPPORTED_INSTANT)) {
            throw pastRange(t, d, "before", MIN_SUPPORTED_INSTANT);
        }
        return r;
    }

    /**
     * Whether a local date is a working day: at least one working interval (of non-zero real
     * length) starts on it.
     *
     * @param date the date, not null, within {@link #MIN_SUPPORTED_DATE} to {@link #MAX_SUPPORTED_DATE}
     * @return true for a working day
     * @throws IllegalArgumentException when the date is outside the supported range
     */
    public boolean isWorkingDay(LocalDate date) {
        inRange(date, "date");
        YearTable tb = years.table(date.getYear());
        int d = date.getDayOfYear() - 1;
        return tb.workingDaysBefore[d + 1] > tb.workingDaysBefore[d];
    }

    /**
     * The number of working days in {@code [from, to)}; negative when {@code to} is before
     * {@code from}. The cost is bounded whatever the span.
     *
     * @param from first date counted, not null, within the supported range
     * @param to first date not counted, not null, within the supported range
     * @return the count
     * @throws IllegalArgumentException when a date is outside the supported range
     */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        inRange(from, "from");
        inRange(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        return daysBefore(to) - daysBefore(from) + years.daysOfYears(from.getYear(), to.getYear());
    }

    /**
     * The {@code n}-th working day after {@code date} (before it when negative); {@code date}
     * itself is not counted, and zero returns {@code date}. The cost is bounded whatever {@code n}.
     *
     * @param date the date, not null, within the supported range
     * @param n the number of working days
     * @return the date
     * @throws IllegalArgumentException when {@code date} or the result is outside the supported range
     * @throws IllegalStateException when the calendar's working days run out
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        inRange(date, "date");
        if (n == 0) {
            return date;
        }
        int year = date.getYear();
        // 1-based rank, within the year, of the wanted working day
        long rank = n > 0 ? daysBefore(date.plusDays(1)) + (long) n : daysBefore(date) + (long) n + 1;
        if (n > 0 && date.getMonthValue() == 12 && date.getDayOfMonth() == 31) {
            rank = years.workingDays(year) + (long) n;
        }
        int empty = 0;
        long days = years.workingDays(year);
        while (rank > days) {
            rank -= days;
            year++;
            int k = years.cyclesFrom(year);
            long cycle = k > 0 ? years.cycleDays(year) : 0;
            if (cycle > 0 && rank > cycle) {
                long m = Math.min(k, (rank - 1) / cycle);
                rank -= m * cycle;
                year = (int) Math.min(year + m * YearTables.CYCLE, MAX_SUPPORTED_DATE.getYear() + 1L);
            }
            if (year > MAX_SUPPORTED_DATE.getYear()) {
                throw new IllegalArgumentException(n + " working days after " + date
                        + " fall after " + MAX_SUPPORTED_DATE + ", the end of the supported range");
            }
            days = years.workingDays(year);
            empty = days == 0 ? empty + 1 : 0;
            if (empty > MAX_EMPTY_YEARS) {
                throw runOut(date.atStartOfDay(zone).toInstant(), "after");
            }
        }
        while (rank <= 0) {
            int k = years.cyclesBefore(year);
            long cycle = k > 0 ? years.cycleDays(year - 1) : 0;
            if (cycle > 0 && -rank >= cycle) {
                long m = Math.min(k, -rank / cycle);
                rank += m * cycle;
                year = (int) Math.max(year - m * YearTables.CYCLE, MIN_SUPPORTED_DATE.getYear() - 1L);
            }
            year--;
            if (year < MIN_SUPPORTED_DATE.getYear()) {
                throw new IllegalArgumentException(-(long) n + " working days before " + date
                        + " fall before " + MIN_SUPPORTED_DATE + ", the start of the supported range");
            }
            days = years.workingDays(year);
            rank += days;
            empty = days == 0 ? empty + 1 : 0;
            if (empty > MAX_EMPTY_YEARS) {
                throw runOut(date.atStartOfDay(zone).toInstant(), "before");
            }
        }
        YearTable tb = years.table(year);
        int lo = 0;
        int hi = tb.workingDaysBefore.length - 2;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tb.workingDaysBefore[mid + 1] >= rank) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return LocalDate.ofYearDay(tb.year, lo + 1);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + name + ", " + zone + ", " + weekly + ", " + dates.size()
                + " dated exceptions, " + yearly.size() + " yearly exceptions]";
    }

    // ---------------------------------------------------------------- internals

    /** The year tables (for tests in this package). */
    YearTables yearTables() {
        return years;
    }

    private static void inRange(Instant t, String name) {
        Checks.notNull(t, name);
        if (t.isBefore(MIN_SUPPORTED_INSTANT) || t.isAfter(MAX_SUPPORTED_INSTANT)) {
            throw new IllegalArgumentException(name + " must be between " + MIN_SUPPORTED_INSTANT + " and "
                    + MAX_SUPPORTED_INSTANT + ", but was " + t);
        }
    }

    private static void inRange(LocalDate date, String name) {
        Checks.notNull(date, name);
        if (date.isBefore(MIN_SUPPORTED_DATE) || date.isAfter(MAX_SUPPORTED_DATE)) {
            throw new IllegalArgumentException(name + " must be between " + MIN_SUPPORTED_DATE + " and "
                    + MAX_SUPPORTED_DATE + ", but was " + date);
        }
    }

    private static void checkSpan(Duration d) {
        if (d.compareTo(MAX_SPAN) > 0) {
            throw new IllegalArgumentException("d must be at most " + MAX_SPAN
                    + " (the length of the supported range), but was " + d);
        }
    }

    private static Instant result(Instant r, Instant t, String what) {
        if (r.isAfter(MAX_SUPPORTED_INSTANT)) {
            throw new IllegalArgumentException(what + " " + t + " falls after " + MAX_SUPPORTED_INSTANT
                    + ", the end of the supported range");
        }
        return r;
    }

    private static Instant notBefore(Instant r, Instant t, String what) {
        if (r.isBefore(MIN_SUPPORTED_INSTANT)) {
            throw new IllegalArgumentException(what + " " + t + " falls before " + MIN_SUPPORTED_INSTANT
                    + ", the start of the supported range");
        }
        return r;
    }

    private static boolean contains(long start, long end, Instant t) {
        long sec = t.getEpochSecond();
        return start <= sec && sec < end;
    }

    /**
     * The working intervals starting on a date as the year tables hold them: epoch seconds, start
     * and end in turn, clipped where the day before's overnight interval overlaps them, empty ones
     * left out.
     */
    private long[] ownIntervals(LocalDate d) {
        LocalDate before = d.minusDays(1);
        long lastEnd = Long.MIN_VALUE;
        for (WorkingInterval w : spec(before)) {
            lastEnd = Math.max(lastEnd, years.epochSecond(before, w.endSecond()));
        }
        WorkingInterval[] ws = spec(d);
        long[] out = new long[ws.length * 2];
        int n = 0;
        for (WorkingInterval w : ws) {
            long s = Math.max(years.epochSecond(d, w.startSecond()), lastEnd);
            long e = years.epochSecond(d, w.endSecond());
            if (s < e) {
                out[n++] = s;
                out[n++] = e;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** The first instant at which the wall clock shows the local date-time or a later one. */
    private Instant instantOf(LocalDateTime ldt) {
        ZoneOffsetTransition tr = rules.getTransition(ldt);
        if (tr == null) {
            return ldt.toInstant(rules.getOffset(ldt));
        }
        if (tr.isGap()) {
            return tr.getInstant();
        }
        return ldt.toInstant(tr.getOffsetBefore());
    }

    private static IllegalArgumentException pastRange(Instant t, Duration d, String direction, Instant bound) {
        return new IllegalArgumentException(d + " of working time " + direction + " " + t + " falls "
                + direction + " " + bound + ", the " + (direction.equals("after") ? "end" : "start")
                + " of the supported range");
    }

    private long daysBefore(LocalDate date) {
        return years.table(date.getYear()).workingDaysBefore[date.getDayOfYear() - 1];
    }

    private IllegalStateException runOut(Instant t, String direction) {
        return new IllegalStateException("calendar '" + name + "' has no working time in the "
                + MAX_EMPTY_YEARS + " years " + direction + " " + t);
    }

    private LocalDate localDate(Instant t) {
        ZoneOffset off = rules.getOffset(t);
        return LocalDate.ofEpochDay(Math.floorDiv(t.getEpochSecond() + off.getTotalSeconds(), 86_400L));
    }

    /**
     * The year table whose cumulative working time {@code t} is measured in: that of the latest
     * year whose first working interval starts at or before {@code t} (the local year's table when
     * none does). Any table would do for an instant between two years' intervals, as long as the
     * choice never goes back in time: a later instant never gets an earlier year, or the years
     * between two instants would be counted backwards. A choice by local date alone breaks that
     * where the clocks go back across New Year (America/Creston on 1944-01-01 00:01), so the
     * local date only narrows the candidates: the local year, the year before it, and on the
     * last day of a year the year after it ({@link #laggingNextYear}).
     */
    private YearTable yearTableOf(Instant t) {
        long sec = t.getEpochSecond();
        YearTable r = recentTableHolding(sec);
        if (r != null) {
            return r;
        }
        LocalDate ld = localDate(t);
        YearTable tb = laggingNextYear(ld, sec);
        if (tb == null) {
            tb = years.table(ld.getYear());
            if (tb.n == 0 || tb.start[0] > sec) {
                YearTable prev = years.table(ld.getYear() - 1);
                if (prev.n > 0) {
                    tb = prev;
                }
            }
        }
        recentTable = tb;
        return tb;
    }

    /**
     * The {@linkplain #recentTable recent year table} when the second {@code sec} lies in the span
     * of its intervals (at or after its first start, before its last end), else null. Such a
     * table is the one both {@link #tableEndingAfter} and {@link #yearTableOf} answer: the tables
     * of successive years are ordered and disjoint (a year's intervals start at or after the last
     * end of the year before, which only intervals of its last day can reach), so no earlier year
     * has an interval ending after {@code sec}, and no later year's intervals start before it.
     */
    private YearTable recentTableHolding(long sec) {
        YearTable r = recentTable;
        return r != null && r.n > 0 && r.start[0] <= sec && sec < r.end[r.n - 1] ? r : null;
    }

    /**
     * The table of the year after {@code ld}'s when {@code ld}, the local date of the second
     * {@code sec}, is the last day of its year and that table's first interval starts at or
     * before {@code sec}; otherwise null. The local date then lags the tables: the clocks went
     * back across midnight after the new year's first working instant (America/Phoenix went from
     * 1944-01-01 00:01 back to 1943-12-31 23:01), so the instant reads as the old year's last day
     * while it lies in the new year's intervals, which start at the first time the wall clock
     * showed them. Otherwise the next year's first interval starts after {@code sec}, and the
     * check costs only building that table, once, on the last day of a year.
     */
    private YearTable laggingNextYear(LocalDate ld, long sec) {
        if (ld.getMonthValue() != 12 || ld.getDayOfMonth() != 31 || ld.getYear() >= MAX_SUPPORTED_DATE.getYear()) {
            return null;
        }
        YearTable next = years.table(ld.getYear() + 1);
        return next.n > 0 && next.start[0] <= sec ? next : null;
    }

    /** Offset of {@code t} within {@code tb}'s cumulative working time, in nanoseconds. */
    private static long offsetNanos(YearTable tb, Instant t) {
        long sec = t.getEpochSecond();
        int i = tb.firstEndAfter(sec);
        if (i == tb.n) {
            return tb.total * 1_000_000_000L;
        }
        if (sec < tb.start[i]) {
            return tb.cumBefore[i] * 1_000_000_000L;
        }
        return (tb.cumBefore[i] + (sec - tb.start[i])) * 1_000_000_000L + t.getNano();
    }

    private record Pos(YearTable table, int index) {
    }

    private Pos firstEndingAfter(Instant t) {
        YearTable tb = tableEndingAfter(t);
        return new Pos(tb, tb.firstEndAfter(t.getEpochSecond()));
    }

    /**
     * The year table of {@link #firstEndingAfter}, whose {@code firstEndAfter(t)} is the
     * interval: for the hot paths ({@link #plus}, {@link #nextWorkingTime}), which so make no
     * {@link Pos}, at the cost of searching the table again.
     */
    private YearTable tableEndingAfter(Instant t) {
        long sec = t.getEpochSecond();
        YearTable r = recentTableHolding(sec);
        if (r != null) {
            return r;
        }
        LocalDate ld = localDate(t);
        int y = ld.getYear();
        if (ld.getDayOfYear() == 1) {
            YearTable prev = years.table(y - 1);
            if (prev.firstEndAfter(sec) < prev.n) {
                recentTable = prev;
                return prev;
            }
        }
        for (int k = 0; k <= MAX_EMPTY_YEARS; k++) {
            YearTable tb = years.table(y + k);
            if (tb.firstEndAfter(sec) < tb.n) {
                recentTable = tb;
                return tb;
            }
        }
        throw runOut(t, "after");
    }

    private Pos lastStartingBefore(Instant t) {
        long sec = t.getEpochSecond();
        boolean fraction = t.getNano() > 0;
        LocalDate ld = localDate(t);
        int y = laggingNextYear(ld, sec) != null ? ld.getYear() + 1 : ld.getYear();
        for (int k = 0; k <= MAX_EMPTY_YEARS; k++) {
            YearTable tb = years.table(y - k);
            // number of intervals whose start is before t
            int lo = 0;
            int hi = tb.n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                long s = tb.start[mid];
                if (s < sec || (s == sec && fraction)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo > 0) {
                return new Pos(tb, lo - 1);
            }
        }
        throw runOut(t, "before");
    }

    private WorkingInterval[] spec(LocalDate d) {
        WorkingInterval[] s = dateArrays.get(d);
        if (s != null) {
            return s;
        }
        if (!yearlyArrays.isEmpty()) {
            s = yearlyArrays.get(MonthDay.of(d.getMonth(), d.getDayOfMonth()));
            if (s != null) {
                return s;
            }
        }
        return weeklyArrays[d.getDayOfWeek().ordinal()];
    }

    /**
     * Builds a {@link BusinessCalendar}; validation happens in {@link #build()}. Not thread-safe.
     */
    public static final class Builder {
        private final String name;
        private final ZoneId zone;
        private final Map<DayOfWeek, List<WorkingInterval>> weekly = new EnumMap<>(DayOfWeek.class);
        private final Map<LocalDate, List<WorkingInterval>> dates = new HashMap<>();
        private final Map<MonthDay, List<WorkingInterval>> yearly = new HashMap<>();

        private Builder(String name, ZoneId zone) {
            this.name = Checks.id(name, "name");
            this.zone = zone;
        }

        /**
         * Adds working intervals to a day of the week.
         *
         * @param day the day, not null
         * @param intervals the intervals starting on that day, none null
         * @return this builder
         */
        public Builder hours(DayOfWeek day, WorkingInterval... intervals) {
            Checks.notNull(day, "day");
            weekly.computeIfAbsent(day, k -> new ArrayList<>()).addAll(list(intervals));
            return this;
        }

        /**
         * Adds the same working intervals to several days, e.g. Monday to Friday.
         *
         * @param from first day, not null
         * @param to last day (inclusive, wrapping past Sunday), not null
         * @param intervals the intervals, none null
         * @return this builder
         */
        public Builder hours(DayOfWeek from, DayOfWeek to, WorkingInterval... intervals) {
            Checks.notNull(from, "from");
            Checks.notNull(to, "to");
            DayOfWeek d = from;
            while (true) {
                hours(d, intervals);
                if (d == to) {
                    return this;
                }
                d = d.plus(1);
            }
        }

        /**
         * Adds working intervals written as text to a day of the week, e.g.
         * {@code hours(MONDAY, "09:00-12:00", "13:00-18:00")}, {@code "22:00-06:00+1"} for an
         * overnight interval or {@code "00:00-24:00"} for the whole day (see
         * {@link WorkingInterval#parse(String)}). A malformed interval, or one that ends before it
         * starts, is rejected at once with a message naming the day and the interval.
         *
         * @param day the day, not null
         * @param intervals the intervals starting on that day, none null
         * @return this builder
         * @throws IllegalArgumentException when an interval is malformed or ends before it starts
         */
        public Builder hours(DayOfWeek day, String... intervals) {
            Checks.notNull(day, "day");
            return hours(day, parsed(intervals, day.toString()));
        }

        /**
         * Adds the same working intervals, written as text, to several days, e.g.
         * {@code hours(MONDAY, FRIDAY, "09:00-17:00")}.
         *
         * @param from first day, not null
         * @param to last day (inclusive, wrapping past Sunday), not null
         * @param intervals the intervals, none null
         * @return this builder
         * @throws IllegalArgumentException when an interval is malformed or ends before it starts
         */
        public Builder hours(DayOfWeek from, DayOfWeek to, String... intervals) {
            Checks.notNull(from, "from");
            Checks.notNull(to, "to");
            return hours(from, to, parsed(intervals, from == to ? from.toString() : from + "-" + to));
        }

        private static WorkingInterval[] parsed(String[] intervals, String where) {
            Checks.notNull(intervals, "intervals");
            WorkingInterval[] out = new WorkingInterval[intervals.length];
            for (int i = 0; i < intervals.length; i++) {
                String text = Checks.notNull(intervals[i], "interval");
                try {
                    out[i] = WorkingInterval.parse(text);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("interval '" + text + "' on " + where + " is invalid: "
                            + e.getMessage(), e);
                }
            }
            return out;
        }

        /**
         * Declares a holiday: no working interval starts on the date.
         *
         * @param date the date, not null
         * @return this builder
         */
        public Builder holiday(LocalDate date) {
            dates.put(Checks.notNull(date, "date"), new ArrayList<>());
            return this;
        }

        /**
         * Declares a holiday recurring every year (29 February applies in leap years only).
         *
         * @param date the month and day, not null
         * @return this builder
         */
        public Builder holiday(MonthDay date) {
            yearly.put(Checks.notNull(date, "date"), new ArrayList<>());
            return this;
        }

        /**
         * Declares each of the holidays, e.g. those imported from an iCalendar file: no working
         * interval starts on their dates. The names are not kept. A later call for the same date
         * (a holiday, special hours) replaces an earlier one, as for {@link #holiday(LocalDate)}.
         *
         * @param holidays the holidays, none null
         * @return this builder
         */
        public Builder holidays(Iterable<Holiday> holidays) {
            Checks.notNull(holidays, "holidays");
            List<LocalDate> checked = new ArrayList<>();
            for (Holiday h : holidays) {
                checked.add(Checks.notNull(h, "holiday").date());
            }
            checked.forEach(this::holiday);
            return this;
        }

        /**
         * Replaces the weekly hours on one date, e.g. 09:00–12:00 on an eve, or makes a
         * non-working date (a Saturday) working.
         *
         * @param date the date, not null
         * @param intervals the date's intervals, at least one, none null
         * @return this builder
         */
        public Builder specialHours(LocalDate date, WorkingInterval... intervals) {
            Checks.notNull(date, "date");
            dates.put(date, new ArrayList<>(nonEmpty(intervals, date.toString())));
            return this;
        }

        /**
         * Replaces the weekly hours on a date every year.
         *
         * @param date the month and day, not null
         * @param intervals the intervals, at least one, none null
         * @return this builder
         */
        public Builder specialHours(MonthDay date, WorkingInterval... intervals) {
            Checks.notNull(date, "date");
            yearly.put(date, new ArrayList<>(nonEmpty(intervals, date.toString())));
            return this;
        }

        /**
         * Makes a date working with the weekly hours of another day of the week, e.g. a Saturday
         * worked like a Monday.
         *
         * @param date the date, not null
         * @param like the day whose hours apply, not null, with working hours
         * @return this builder
         */
        public Builder extraWorkingDate(LocalDate date, DayOfWeek like) {
            Checks.notNull(like, "like");
            List<WorkingInterval> h = weekly.getOrDefault(like, List.of());
            return specialHours(date, h.toArray(NONE));
        }

        private static List<WorkingInterval> list(WorkingInterval[] intervals) {
            Checks.notNull(intervals, "intervals");
            List<WorkingInterval> l = new ArrayList<>();
            for (WorkingInterval w : intervals) {
                l.add(Checks.notNull(w, "interval"));
            }
            return l;
        }

        private static List<WorkingInterval> nonEmpty(WorkingInterval[] intervals, String where) {
            List<WorkingInterval> l = list(intervals);
            if (l.isEmpty()) {
                throw new IllegalArgumentException("intervals on " + where
                        + " must not be empty; use holiday(...) for a day without work");
            }
            return l;
        }

        /**
         * Validates and builds the calendar.
         *
         * @return the calendar
         * @throws IllegalArgumentException when the calendar has no working time at all, or two
         *         intervals on one day (or an overnight interval and the next day's) overlap; the
         *         message names the day and intervals
         */
        public BusinessCalendar build() {
            long weekTotal = 0;
            for (DayOfWeek d : DayOfWeek.values()) {
                List<WorkingInterval> l = sortedCopy(weekly.getOrDefault(d, List.of()));
                checkDay(l, d.toString());
                for (WorkingInterval w : l) {
                    weekTotal += w.localSeconds();
                }
                List<WorkingInterval> next = sortedCopy(weekly.getOrDefault(d.plus(1), List.of()));
                if (!l.isEmpty() && !next.isEmpty()) {
                    WorkingInterval last = l.get(l.size() - 1);
                    WorkingInterval firstNext = next.get(0);
                    if (last.endSecond() - WorkingInterval.DAY > firstNext.startSecond()) {
                        throw new IllegalArgumentException("interval " + last + " on " + d
                                + " overlaps interval " + firstNext + " on " + d.plus(1));
                    }
                }
            }
            dates.forEach((k, v) -> checkDay(sortedCopy(v), k.toString()));
            yearly.forEach((k, v) -> checkDay(sortedCopy(v), k.toString()));
            boolean extra = dates.values().stream().anyMatch(l -> !l.isEmpty())
                    || yearly.values().stream().anyMatch(l -> !l.isEmpty());
            if (weekTotal == 0 && !extra) {
                throw new IllegalArgumentException("calendar '" + name
                        + "' must have working time, but every day of the week is empty and no date adds any");
            }
            return new BusinessCalendar(this);
        }

        private static void checkDay(List<WorkingInterval> l, String day) {
            for (int i = 1; i < l.size(); i++) {
                if (l.get(i).startSecond() < l.get(i - 1).endSecond()) {
                    throw new IllegalArgumentException("interval " + l.get(i - 1) + " on " + day
                            + " overlaps interval " + l.get(i));
                }
            }
        }
    }

}
