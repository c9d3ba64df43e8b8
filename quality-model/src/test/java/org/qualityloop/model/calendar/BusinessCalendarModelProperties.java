package org.qualityloop.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * The calendar's arithmetic agrees with a deliberately naive model of the same documented rules:
 * the calendar's working time, day by day, as a sorted union of real-time intervals, walked one
 * interval at a time. The model shares no code with {@link BusinessCalendar}: it reads only the
 * weekly schedule and the exceptions, maps each local time to the earliest instant whose wall
 * clock shows it or a later time, and merges overlaps. Instants are drawn near year ends and
 * daylight-saving changes as well as anywhere, where year tables and offsets are most fragile.
 */
class BusinessCalendarModelProperties {

    private static final long FROM = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2029-01-01T00:00:00Z").getEpochSecond();
    private static final int SPAN_DAYS = 30;

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return Arbitraries.longs().map(BusinessCalendarProperties::calendar);
    }

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Long> anywhere = Arbitraries.longs().between(FROM, TO);
        Arbitrary<Long> nearYearEnd = Arbitraries.integers().between(2024, 2028)
                .flatMap(y -> Arbitraries.longs().between(-2 * 86_400L, 2 * 86_400L)
                        .map(s -> LocalDate.of(y, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) + s));
        Arbitrary<Long> nearMarchOrNovember = Arbitraries.integers().between(2024, 2028)
                .flatMap(y -> Arbitraries.of(3, 4, 10, 11).flatMap(m -> Arbitraries.longs().between(0, 31 * 86_400L)
                        .map(s -> LocalDate.of(y, m, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) + s)));
        return Arbitraries.oneOf(anywhere, nearYearEnd, nearMarchOrNovember)
                .flatMap(s -> Arbitraries.of(0, 0, 1, 500_000_000, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
    }

    @Provide
    Arbitrary<Duration> durations() {
        return Arbitraries.oneOf(Arbitraries.longs().between(1, 3_600_000L),
                Arbitraries.longs().between(1, 60L * 3600 * 1000)).map(Duration::ofMillis);
    }

    @Property(tries = 300)
    void isWorkingTimeAndNextWorkingTimeAgreeWithModel(@ForAll("calendars") BusinessCalendar c,
            @ForAll("instants") Instant t) {
        Model m = new Model(c, t);
        assertThat(c.isWorkingTime(t)).isEqualTo(m.isWorking(t));
        m.next(t).ifPresent(n -> assertThat(c.nextWorkingTime(t)).isEqualTo(n));
    }

    @Property(tries = 300)
    void betweenAgreesWithModel(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant a,
            @ForAll("durations") Duration span) {
        Instant b = a.plus(span);
        assertThat(c.workingTimeBetween(a, b)).isEqualTo(new Model(c, a).between(a, b));
    }

    @Property(tries = 300)
    void plusAndMinusAgreeWithModel(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant t,
            @ForAll("durations") Duration d) {
        Model m = new Model(c, t);
        m.plus(t, d).ifPresent(r -> assertThat(c.plus(t, d)).as("plus").isEqualTo(r));
        m.minus(t, d).ifPresent(r -> assertThat(c.minus(t, d)).as("minus").isEqualTo(r));
    }

    /**
     * Durations that end exactly on a closing time (or, going back, on an opening time), which random
     * durations almost never hit: the closing-time rule and its mirror, and one nanosecond more.
     */
    @Property(tries = 300)
    void durationsEndingOnABoundaryFollowTheClosingTimeRule(@ForAll("calendars") BusinessCalendar c,
            @ForAll("instants") Instant t, @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 6) int k) {
        Model m = new Model(c, t);
        m.closingAfter(t, k).ifPresent(end -> {
            Duration d = m.between(t, end);
            if (!d.isZero()) {
                assertThat(c.plus(t, d)).as("plus to closing").isEqualTo(end);
                m.plus(t, d.plusNanos(1)).ifPresent(r -> assertThat(c.plus(t, d.plusNanos(1))).isEqualTo(r));
            }
        });
        m.openingBefore(t, k).ifPresent(start -> {
            Duration d = m.between(start, t);
            if (!d.isZero()) {
                assertThat(c.minus(t, d)).as("minus to opening").isEqualTo(start);
                m.minus(t, d.plusNanos(1)).ifPresent(r -> assertThat(c.minus(t, d.plusNanos(1))).isEqualTo(r));
            }
        });
    }

    @Property(tries = 200)
    void workingDaysAgreeWithModel(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant t,
            @ForAll("durations") Duration span) {
        Model m = new Model(c, t);
        LocalDate from = m.first.plusDays(2);
        LocalDate to = from.plusDays(span.toHours() % 20);
        long expected = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            assertThat(c.isWorkingDay(d)).as("isWorkingDay %s", d).isEqualTo(m.isWorkingDay(d));
            expected += m.isWorkingDay(d) ? 1 : 0;
        }
        assertThat(c.workingDaysBetween(from, to)).isEqualTo(expected);
        assertThat(c.workingDaysBetween(to, from)).isEqualTo(-expected);
    }

    /**
     * The calendar agrees with the model within two days of any of tzdb's offset changes, in any
     * zone and year, drawn as often from the changes that move the wall clock across a year end
     * as from all the others. Those are where an instant's local date and the year table holding
     * it can part: America/Phoenix went back from 1944-01-01 00:01 to 1943-12-31 23:01,
     * Asia/Tehran from 1979-01-01 00:00 to 1978-12-31 23:30, and most zones left local mean time
     * on a new year's midnight. The others bring gaps over midnight, double summer time, negative
     * daylight saving and half-hour shifts.
     */
    @Property(tries = 600)
    void agreesWithModelAroundEveryOffsetChange(@ForAll long seed,
            @ForAll("offsetChanges") Tuple2<ZoneId, Instant> at, @ForAll("durations") Duration d,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 6) int k) {
        BusinessCalendar c = BusinessCalendarProperties.calendar(seed, at.get1());
        Instant t = at.get2();
        isWorkingTimeAndNextWorkingTimeAgreeWithModel(c, t);
        betweenAgreesWithModel(c, t, d);
        betweenAgreesWithModel(c, t.minus(d), d);
        plusAndMinusAgreeWithModel(c, t, d);
        durationsEndingOnABoundaryFollowTheClosingTimeRule(c, t, k);
    }

    /** Every tzdb offset change in the supported range, by zone: those crossing a year end, and the rest. */
    private static final List<Tuple2<ZoneId, Instant>> YEAR_END_CROSSINGS = new ArrayList<>();
    private static final List<Tuple2<ZoneId, Instant>> OTHER_CHANGES = new ArrayList<>();

    static {
        Instant first = BusinessCalendar.MIN_SUPPORTED_INSTANT.plus(Duration.ofDays(40));
        for (String id : new java.util.TreeSet<>(ZoneId.getAvailableZoneIds())) {
            ZoneId zone = ZoneId.of(id);
            for (ZoneOffsetTransition tr : zone.getRules().getTransitions()) {
                if (tr.getInstant().isAfter(first)) {
                    boolean crosses = tr.getDateTimeBefore().getYear() != tr.getDateTimeAfter().getYear();
                    (crosses ? YEAR_END_CROSSINGS : OTHER_CHANGES).add(Tuple.of(zone, tr.getInstant()));
                }
            }
        }
    }

    @Provide
    Arbitrary<Tuple2<ZoneId, Instant>> offsetChanges() {
        Arbitrary<Long> near = Arbitraries.oneOf(Arbitraries.longs().between(-7_200, 7_200),
                Arbitraries.longs().between(-2 * 86_400L, 2 * 86_400L));
        return Arbitraries.oneOf(Arbitraries.of(YEAR_END_CROSSINGS), Arbitraries.of(OTHER_CHANGES))
                .flatMap(z -> near.flatMap(s -> Arbitraries.of(0, 0, 1, 999_999_999)
                        .map(n -> Tuple.of(z.get1(), z.get2().plusSeconds(s).plusNanos(n)))));
    }

    /**
     * A calendar's answers do not depend on what it was asked before: one calendar asked a random
     * sequence of questions, jumping between years and across year ends and daylight-saving
     * changes, answers each exactly as a calendar built afresh for that one question does (a
     * calendar keeps the year table it used last as a hint for the next question).
     */
    @Property(tries = 100)
    void answersDoNotDependOnEarlierQuestions(@ForAll long seed, @ForAll("questions") List<Instant> ts,
            @ForAll("durations") Duration d) {
        BusinessCalendar shared = BusinessCalendarProperties.calendar(seed);
        for (Instant t : ts) {
            BusinessCalendar fresh = BusinessCalendarProperties.calendar(seed);
            assertThat(answers(shared, t, d)).as("at %s", t).isEqualTo(answers(fresh, t, d));
        }
    }

    @Provide
    Arbitrary<List<Instant>> questions() {
        return instants().list().ofMinSize(2).ofMaxSize(12);
    }

    /** What a calendar answers about {@code t} and {@code d}, a refusal as its message. */
    private static List<String> answers(BusinessCalendar c, Instant t, Duration d) {
        List<String> out = new ArrayList<>();
        out.add(answer(() -> c.isWorkingTime(t)));
        out.add(answer(() -> c.nextWorkingTime(t)));
        out.add(answer(() -> c.previousWorkingTime(t)));
        out.add(answer(() -> c.currentOrNextOpening(t)));
        out.add(answer(() -> c.currentOrNextClosing(t)));
        out.add(answer(() -> c.plus(t, d)));
        out.add(answer(() -> c.minus(t, d)));
        out.add(answer(() -> c.workingTimeBetween(t, t.plus(d))));
        out.add(answer(() -> c.workingTimeBetween(t.minus(d), t)));
        return out;
    }

    private static String answer(java.util.function.Supplier<Object> question) {
        try {
            return String.valueOf(question.get());
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** Working time from two days before an instant to {@value #SPAN_DAYS} days after it. */
    private static final class Model {
        final BusinessCalendar c;
        final ZoneRules rules;
        final LocalDate first;
        final List<long[]> raw = new ArrayList<>();
        /** Merged, sorted, disjoint [start, end) in epoch seconds. */
        final List<long[]> merged = new ArrayList<>();
        final Instant lo;
        final Instant hi;

        Model(BusinessCalendar c, Instant around) {
            this.c = c;
            this.rules = c.zone().getRules();
            LocalDate center = LocalDateTime.ofEpochSecond(around.getEpochSecond(), 0,
                    rules.getOffset(around)).toLocalDate();
            this.first = center.minusDays(SPAN_DAYS);
            for (LocalDate d = first; !d.isAfter(center.plusDays(SPAN_DAYS)); d = d.plusDays(1)) {
                for (WorkingInterval w : spec(d)) {
                    long s = earliest(d, w.startSecond());
                    long e = earliest(d, w.endSecond());
                    if (s < e) {
                        raw.add(new long[] {s, e, d.toEpochDay()});
                    }
                }
            }
            List<long[]> sorted = new ArrayList<>(raw);
            sorted.sort((x, y) -> Long.compare(x[0], y[0]));
            for (long[] iv : sorted) {
                long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                if (last != null && iv[0] <= last[1]) {
                    last[1] = Math.max(last[1], iv[1]);
                } else {
                    merged.add(new long[] {iv[0], iv[1]});
                }
            }
            // The model is trusted only well inside the days it built.
            this.lo = around.minus(Duration.ofDays(SPAN_DAYS - 3));
            this.hi = around.plus(Duration.ofDays(SPAN_DAYS - 3));
        }

        List<WorkingInterval> spec(LocalDate d) {
            List<WorkingInterval> dated = c.dateExceptions().get(d);
            if (dated != null) {
                return dated;
            }
            List<WorkingInterval> yearly = c.yearlyExceptions().get(MonthDay.from(d));
            return yearly != null ? yearly : c.weeklySchedule().get(d.getDayOfWeek());
        }

        /** Earliest epoch second at which the wall clock shows the local time or a later one. */
        long earliest(LocalDate d, int secondOfDay) {
            LocalDateTime ldt = d.atTime(LocalTime.MIDNIGHT).plusSeconds(secondOfDay);
            List<ZoneOffset> valid = rules.getValidOffsets(ldt);
            if (valid.isEmpty()) {
                // In a gap: binary search for the first second whose wall clock is at or past the time
                // (the wall clock rises monotonically around a gap).
                long lo = ldt.toEpochSecond(ZoneOffset.UTC) - 18 * 3600;
                long hi = ldt.toEpochSecond(ZoneOffset.UTC) + 18 * 3600;
                while (lo < hi) {
                    long mid = Math.floorDiv(lo + hi, 2);
                    Instant i = Instant.ofEpochSecond(mid);
                    if (LocalDateTime.ofInstant(i, rules.getOffset(i)).isBefore(ldt)) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                return lo;
            }
            long best = Long.MAX_VALUE;
            for (ZoneOffset o : valid) {
                best = Math.min(best, ldt.toEpochSecond(o));
            }
            return best;
        }

        boolean isWorking(Instant t) {
            for (long[] iv : merged) {
                if (!t.isBefore(Instant.ofEpochSecond(iv[0])) && t.isBefore(Instant.ofEpochSecond(iv[1]))) {
                    return true;
                }
            }
            return false;
        }

        java.util.Optional<Instant> next(Instant t) {
            for (long[] iv : merged) {
                Instant e = Instant.ofEpochSecond(iv[1]);
                if (e.isAfter(t)) {
                    Instant s = Instant.ofEpochSecond(iv[0]);
                    Instant r = s.isAfter(t) ? s : t;
                    return r.isBefore(hi) ? java.util.Optional.of(r) : java.util.Optional.empty();
                }
            }
            return java.util.Optional.empty();
        }

        /** The k-th end of a merged interval after t, inside the trusted window. */
        java.util.Optional<Instant> closingAfter(Instant t, int k) {
            int seen = 0;
            for (long[] iv : merged) {
                Instant e = Instant.ofEpochSecond(iv[1]);
                if (e.isAfter(t) && seen++ == k) {
                    return e.isBefore(hi) ? java.util.Optional.of(e) : java.util.Optional.empty();
                }
            }
            return java.util.Optional.empty();
        }

        /** The k-th start of a merged interval before t, inside the trusted window. */
        java.util.Optional<Instant> openingBefore(Instant t, int k) {
            int seen = 0;
            for (int i = merged.size() - 1; i >= 0; i--) {
                Instant s = Instant.ofEpochSecond(merged.get(i)[0]);
                if (s.isBefore(t) && seen++ == k) {
                    return s.isAfter(lo) ? java.util.Optional.of(s) : java.util.Optional.empty();
                }
            }
            return java.util.Optional.empty();
        }

        Duration between(Instant a, Instant b) {
            Duration sum = Duration.ZERO;
            for (long[] iv : merged) {
                Instant s = max(a, Instant.ofEpochSecond(iv[0]));
                Instant e = min(b, Instant.ofEpochSecond(iv[1]));
                if (s.isBefore(e)) {
                    sum = sum.plus(Duration.between(s, e));
                }
            }
            return sum;
        }

        java.util.Optional<Instant> plus(Instant t, Duration d) {
            Duration left = d;
            for (long[] iv : merged) {
                Instant e = Instant.ofEpochSecond(iv[1]);
                if (!e.isAfter(t)) {
                    continue;
                }
                Instant s = max(t, Instant.ofEpochSecond(iv[0]));
                Duration avail = Duration.between(s, e);
                if (left.compareTo(avail) <= 0) {
                    Instant r = s.plus(left);
                    return r.isBefore(hi) ? java.util.Optional.of(r) : java.util.Optional.empty();
                }
                left = left.minus(avail);
            }
            return java.util.Optional.empty();
        }

        java.util.Optional<Instant> minus(Instant t, Duration d) {
            Duration left = d;
            for (int i = merged.size() - 1; i >= 0; i--) {
                long[] iv = merged.get(i);
                Instant s = Instant.ofEpochSecond(iv[0]);
                if (!s.isBefore(t)) {
                    continue;
                }
                Instant e = min(t, Instant.ofEpochSecond(iv[1]));
                Duration avail = Duration.between(s, e);
                if (left.compareTo(avail) <= 0) {
                    Instant r = e.minus(left);
                    return r.isAfter(lo) ? java.util.Optional.of(r) : java.util.Optional.empty();
                }
                left = left.minus(avail);
            }
            return java.util.Optional.empty();
        }

        /** A date is a working day when some interval starting on it covers time no earlier date covers. */
        boolean isWorkingDay(LocalDate date) {
            long day = date.toEpochDay();
            for (long[] iv : raw) {
                if (iv[2] != day) {
                    continue;
                }
                long coveredUntil = iv[0];
                for (long[] other : raw) {
                    if (other[2] < day && other[0] <= coveredUntil && other[1] > coveredUntil) {
                        coveredUntil = other[1];
                    }
                }
                if (coveredUntil < iv[1]) {
                    return true;
                }
            }
            return false;
        }

        private static Instant max(Instant a, Instant b) {
            return a.isAfter(b) ? a : b;
        }

        private static Instant min(Instant a, Instant b) {
            return a.isBefore(b) ? a : b;
        }
    }
}
