package org.qualityloop.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
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
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;

/**
 * The calendar operations agree with a minute-walking reference: random calendars whose every
 * boundary is a whole minute, and a model that decides, one minute at a time, whether the minute is
 * working time by mapping each day's intervals to instants by the documented rule, and walks
 * minutes forward or back to find openings, closings and the landing of working-day arithmetic.
 * The model shares no code with {@link BusinessCalendar}. Walks are bounded; when a walk does not
 * end within its bound (a 24×7 calendar has no closing), the example is not checked against it.
 */
class BusinessCalendarOperationsProperties {

    private static final List<String> ZONES = List.of("UTC", "Europe/Berlin", "America/New_York",
            "Australia/Lord_Howe", "Asia/Kolkata");
    private static final long MINUTE = 60;
    /** How far a walk goes before giving up: 20 days of minutes. */
    private static final int WALK = 20 * 24 * 60;

    /**
     * A random calendar with minute boundaries: per day none, a whole day, a day, a split day, an
     * overnight interval (ending no later than the next day's first start, so sometimes touching
     * it) or early hours through the daylight-saving changes; holidays, yearly holidays, special hours.
     */
    static BusinessCalendar calendar(long seed) {
        return calendar(seed, null);
    }

    /** The calendar of {@link #calendar(long)} for the same seed, in {@code zone} when not null. */
    static BusinessCalendar calendar(long seed, ZoneId zone) {
        Random r = new Random(seed);
        ZoneId drawn = ZoneId.of(ZONES.get(r.nextInt(ZONES.size())));
        BusinessCalendar.Builder b = BusinessCalendar.builder("walked", zone != null ? zone : drawn);
        int[] kind = new int[7];
        boolean any = false;
        for (int i = 0; i < 7; i++) {
            kind[i] = r.nextInt(6);
            any = any || kind[i] != 0;
        }
        if (!any) {
            kind[2] = 2;
        }
        List<List<WorkingInterval>> days = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            List<WorkingInterval> l = new java.util.ArrayList<>();
            switch (kind[i]) {
                case 0, 4 -> {
                }
                case 1 -> l.add(WorkingInterval.wholeDay());
                case 2 -> l.add(new WorkingInterval(minute(r, 0, 720), minute(r, 721, 1440)));
                case 3 -> {
                    int a = minute(r, 0, 600);
                    int c = minute(r, a / 60 + 1, 700);
                    int e = minute(r, c / 60 + 1, 1300);
                    l.add(new WorkingInterval(a, c));
                    l.add(new WorkingInterval(e, minute(r, e / 60 + 1, 1440)));
                }
                default -> l.add(WorkingInterval.parse(r.nextBoolean() ? "01:00-05:00" : "02:30-03:30"));
            }
            days.add(l);
        }
        for (int i = 0; i < 7; i++) {
            if (kind[i] == 4) {
                List<WorkingInterval> next = days.get((i + 1) % 7);
                int cap = next.isEmpty() ? 120 * 60 : next.get(0).startSecond();
                int end = Math.min(cap, r.nextInt(120) * 60);
                days.get(i).add(new WorkingInterval(minute(r, 18 * 60, 1440), WorkingInterval.DAY + end));
            }
        }
        for (int i = 0; i < 7; i++) {
            b.hours(DayOfWeek.of(i + 1), days.get(i).toArray(new WorkingInterval[0]));
        }
        for (int i = r.nextInt(12); i > 0; i--) {
            LocalDate date = LocalDate.of(2026 + r.nextInt(2), 1 + r.nextInt(12), 1 + r.nextInt(28));
            switch (r.nextInt(3)) {
                case 0 -> b.holiday(date);
                case 1 -> b.holiday(MonthDay.from(date));
                default -> b.specialHours(date, WorkingInterval.parse("10:00-11:30"));
            }
        }
        return b.build();
    }

    private static int minute(Random r, int fromMinute, int toMinute) {
        return (fromMinute + r.nextInt(Math.max(1, toMinute - fromMinute))) * 60;
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return Arbitraries.longs().map(BusinessCalendarOperationsProperties::calendar);
    }

    /** Minutes of 2026-2027, clustered near daylight-saving changes, some with a fraction of a second. */
    @Provide
    Arbitrary<Instant> instants() {
        long from = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond() / MINUTE;
        long to = Instant.parse("2028-01-01T00:00:00Z").getEpochSecond() / MINUTE;
        Arbitrary<Long> anywhere = Arbitraries.longs().between(from, to);
        Arbitrary<Long> nearChanges = Arbitraries.of("2026-03-08", "2026-03-29", "2026-04-05", "2026-10-04",
                "2026-10-25", "2026-11-01", "2027-03-28", "2027-10-31")
                .flatMap(d -> Arbitraries.longs().between(-3 * 1440, 3 * 1440)
                        .map(m -> LocalDate.parse(d).atStartOfDay().toEpochSecond(ZoneOffset.UTC) / MINUTE + m));
        return Arbitraries.oneOf(anywhere, nearChanges)
                .flatMap(m -> Arbitraries.of(0, 0, 0, 1, 999_999_999).map(n -> Instant.ofEpochSecond(m * MINUTE, n)));
    }

    @Property(tries = 300)
    void previousWorkingTimeAgreesWithTheWalk(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant t) {
        Walk w = new Walk(c);
        assertThat(c.isWorkingTime(t)).isEqualTo(w.working(floor(t)));
        w.previousWorkingTime(t).ifPresent(p -> assertThat(c.previousWorkingTime(t)).isEqualTo(p));
    }

    @Property(tries = 300)
    void openingAndClosingAgreeWithTheWalk(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant t) {
        Walk w = new Walk(c);
        w.opening(t).ifPresent(o -> assertThat(c.currentOrNextOpening(t)).as("opening").isEqualTo(o));
        w.closing(t).ifPresent(e -> assertThat(c.currentOrNextClosing(t)).as("closing").isEqualTo(e));
    }

    @Property(tries = 300)
    void workingDaysOnInstantsAgreeWithTheWalk(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant t,
            @ForAll @IntRange(min = -6, max = 6) int n) {
        Walk w = new Walk(c);
        assertThat(c.workingDayOf(t)).as("workingDayOf").isEqualTo(w.dayOf(t));
        w.plusWorkingDays(t, n).ifPresent(r -> assertThat(c.plusWorkingDays(t, n)).as("plusWorkingDays").isEqualTo(r));
    }

    /** Invariants that need no model: the operations bracket the instant and each other. */
    @Property(tries = 300)
    void operationsBracketTheInstant(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant t) {
        Instant prev = c.previousWorkingTime(t);
        assertThat(prev).isBeforeOrEqualTo(t);
        assertThat(c.workingTimeBetween(prev, t)).isEqualTo(Duration.ZERO);
        Duration d = Duration.ofMinutes(7);
        assertThat(c.minus(t, d)).isEqualTo(c.minus(prev, d));
        Instant opening;
        try {
            opening = c.currentOrNextOpening(t);
        } catch (IllegalStateException noOpening) {
            return;
        }
        assertThat(c.isWorkingTime(opening)).isTrue();
        assertThat(opening.isAfter(t)).isEqualTo(!c.isWorkingTime(t));
        Instant closing;
        try {
            closing = c.currentOrNextClosing(t);
        } catch (IllegalStateException noClosing) {
            return;
        }
        assertThat(closing).isAfter(t).isAfter(opening);
        assertThat(c.isWorkingTime(closing)).isFalse();
        assertThat(c.workingTimeBetween(opening, closing)).isEqualTo(Duration.between(opening, closing));
        assertThat(c.previousWorkingTime(closing)).isEqualTo(closing);
    }

    /** Moving by working days and back returns to the same working day. */
    @Property(tries = 300)
    void workingDaysThereAndBackReturnToTheDay(@ForAll("calendars") BusinessCalendar c, @ForAll("instants") Instant t,
            @ForAll @IntRange(min = 1, max = 6) int n) {
        Instant there = c.plusWorkingDays(t, n);
        LocalDate day = c.plusWorkingDays(c.workingDayOf(t), n);
        assertThat(c.isWorkingDay(day)).isTrue();
        if (!c.workingDayOf(there).equals(day)) {
            // landed after the day's last interval: exactly on its end, the day's last working nanosecond before it
            assertThat(c.workingDayOf(there.minusNanos(1))).isEqualTo(day);
            assertThat(c.isWorkingTime(there.minusNanos(1))).isTrue();
            return;
        }
        if (c.isWorkingDay(c.workingDayOf(t))) {
            assertThat(c.workingDayOf(c.plusWorkingDays(there, -n))).isEqualTo(c.workingDayOf(t));
        }
    }

    /**
     * Within three days of any of tzdb's offset changes between whole-minute offsets, in any zone
     * and year (gaps over midnight, double summer time, negative daylight saving, half-hour
     * shifts, clocks going back across New Year), the operations agree with the walk and bracket
     * the instant.
     */
    @Property(tries = 300)
    void operationsAgreeWithTheWalkAroundEveryOffsetChange(@ForAll long seed,
            @ForAll("offsetChanges") Tuple2<ZoneId, Instant> at, @ForAll @IntRange(min = -6, max = 6) int n) {
        BusinessCalendar c = calendar(seed, at.get1());
        Instant t = at.get2();
        previousWorkingTimeAgreesWithTheWalk(c, t);
        openingAndClosingAgreeWithTheWalk(c, t);
        workingDaysOnInstantsAgreeWithTheWalk(c, t, n);
        operationsBracketTheInstant(c, t);
    }

    /** Every tzdb offset change at a whole minute between whole-minute offsets, in the supported range. */
    private static final List<Tuple2<ZoneId, Instant>> MINUTE_CHANGES = new java.util.ArrayList<>();

    static {
        Instant first = BusinessCalendar.MIN_SUPPORTED_INSTANT.plus(Duration.ofDays(40));
        for (String id : new java.util.TreeSet<>(ZoneId.getAvailableZoneIds())) {
            ZoneId zone = ZoneId.of(id);
            for (ZoneOffsetTransition tr : zone.getRules().getTransitions()) {
                if (tr.getInstant().isAfter(first) && tr.getInstant().getEpochSecond() % MINUTE == 0
                        && tr.getOffsetBefore().getTotalSeconds() % MINUTE == 0
                        && tr.getOffsetAfter().getTotalSeconds() % MINUTE == 0) {
                    MINUTE_CHANGES.add(Tuple.of(zone, tr.getInstant()));
                }
            }
        }
    }

    @Provide
    Arbitrary<Tuple2<ZoneId, Instant>> offsetChanges() {
        return Arbitraries.of(MINUTE_CHANGES).flatMap(z -> Arbitraries.longs().between(-3 * 1440, 3 * 1440)
                .flatMap(m -> Arbitraries.of(0, 0, 0, 1, 999_999_999)
                        .map(nanos -> Tuple.of(z.get1(), z.get2().plusSeconds(m * MINUTE).plusNanos(nanos)))));
    }

    private static Instant floor(Instant t) {
        return Instant.ofEpochSecond(Math.floorDiv(t.getEpochSecond(), MINUTE) * MINUTE);
    }

    /** The minute-walking reference. */
    static final class Walk {
        final BusinessCalendar c;
        final ZoneRules rules;
        final java.util.Map<LocalDate, Instant[]> cache = new java.util.HashMap<>();

        Walk(BusinessCalendar c) {
            this.c = c;
            this.rules = c.zone().getRules();
        }

        List<WorkingInterval> spec(LocalDate d) {
            List<WorkingInterval> dated = c.dateExceptions().get(d);
            if (dated != null) {
                return dated;
            }
            List<WorkingInterval> yearly = c.yearlyExceptions().get(MonthDay.from(d));
            return yearly != null ? yearly : c.weeklySchedule().get(d.getDayOfWeek());
        }

        /**
         * The first whole minute whose wall clock shows the local time or a later one: the earliest
         * valid offset, or in a gap a binary search over minutes (the wall clock rises around a gap).
         */
        Instant map(LocalDateTime ldt) {
            List<ZoneOffset> valid = rules.getValidOffsets(ldt);
            if (!valid.isEmpty()) {
                long best = Long.MAX_VALUE;
                for (ZoneOffset o : valid) {
                    best = Math.min(best, ldt.toEpochSecond(o));
                }
                return Instant.ofEpochSecond(best);
            }
            long lo = ldt.toEpochSecond(ZoneOffset.UTC) / MINUTE - 18 * 60;
            long hi = ldt.toEpochSecond(ZoneOffset.UTC) / MINUTE + 18 * 60;
            while (lo < hi) {
                long mid = Math.floorDiv(lo + hi, 2);
                if (LocalDateTime.ofInstant(Instant.ofEpochSecond(mid * MINUTE), c.zone()).isBefore(ldt)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return Instant.ofEpochSecond(lo * MINUTE);
        }

        Instant map(LocalDate d, int secondOfDay) {
            return map(d.atStartOfDay().plusSeconds(secondOfDay));
        }

        LocalDate localDate(Instant m) {
            return LocalDateTime.ofInstant(m, c.zone()).toLocalDate();
        }

        /** The latest end, as an instant, of the intervals starting on a date ({@link Instant#MIN} when none). */
        Instant lastEnd(LocalDate d) {
            Instant last = Instant.MIN;
            Instant[] iv = mapped(d);
            for (int i = 1; i < iv.length; i += 2) {
                last = iv[i].isAfter(last) ? iv[i] : last;
            }
            return last;
        }

        /** The intervals of a date as instants, start and end in turn, unclipped; cached. */
        Instant[] mapped(LocalDate d) {
            return cache.computeIfAbsent(d, k -> {
                List<WorkingInterval> ws = spec(k);
                Instant[] out = new Instant[ws.size() * 2];
                for (int i = 0; i < ws.size(); i++) {
                    out[2 * i] = map(k, ws.get(i).startSecond());
                    out[2 * i + 1] = map(k, ws.get(i).endSecond());
                }
                return out;
            });
        }

        /** Whether minute m is covered by an interval of date d, not also covered by the day before's. */
        boolean ownedBy(LocalDate d, Instant m) {
            if (m.isBefore(lastEnd(d.minusDays(1)))) {
                return false;
            }
            Instant[] iv = mapped(d);
            for (int i = 0; i < iv.length; i += 2) {
                if (!m.isBefore(iv[i]) && m.isBefore(iv[i + 1])) {
                    return true;
                }
            }
            return false;
        }

        boolean working(Instant m) {
            LocalDate ld = localDate(m);
            return ownedBy(ld.minusDays(1), m) || ownedBy(ld, m) || ownedBy(ld.plusDays(1), m);
        }

        boolean exactMinute(Instant t) {
            return t.getNano() == 0 && t.getEpochSecond() % MINUTE == 0;
        }

        Optional<Instant> previousWorkingTime(Instant t) {
            Instant m = floor(t);
            if (working(m)) {
                return Optional.of(t);
            }
            // the closing: the latest minute boundary at or before t just after a working minute
            for (int i = 0; i < WALK; i++) {
                if (working(m.minusSeconds(MINUTE))) {
                    return Optional.of(m);
                }
                m = m.minusSeconds(MINUTE);
            }
            return Optional.empty();
        }

        Optional<Instant> nextWorkingTime(Instant t) {
            Instant m = floor(t);
            if (working(m)) {
                return Optional.of(t);
            }
            for (int i = 0; i < WALK; i++) {
                m = m.plusSeconds(MINUTE);
                if (working(m)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }

        Optional<Instant> opening(Instant t) {
            Instant m = floor(t);
            if (!working(m)) {
                return nextWorkingTime(t);
            }
            for (int i = 0; i < WALK; i++) {
                if (!working(m.minusSeconds(MINUTE))) {
                    return Optional.of(m);
                }
                m = m.minusSeconds(MINUTE);
            }
            return Optional.empty();
        }

        Optional<Instant> closing(Instant t) {
            Optional<Instant> start = nextWorkingTime(t);
            if (start.isEmpty()) {
                return Optional.empty();
            }
            Instant m = floor(start.get());
            for (int i = 0; i < WALK; i++) {
                m = m.plusSeconds(MINUTE);
                if (!working(m)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }

        LocalDate dayOf(Instant t) {
            Instant m = floor(t);
            LocalDate ld = localDate(m);
            for (LocalDate d = ld.minusDays(1); !d.isAfter(ld.plusDays(1)); d = d.plusDays(1)) {
                if (ownedBy(d, m)) {
                    return d;
                }
            }
            return ld;
        }

        /** A working day owns at least one minute: one of its intervals ends after the day before's last end. */
        boolean isWorkingDay(LocalDate d) {
            Instant before = lastEnd(d.minusDays(1));
            Instant[] iv = mapped(d);
            for (int i = 0; i < iv.length; i += 2) {
                Instant s = iv[i].isAfter(before) ? iv[i] : before;
                if (s.isBefore(iv[i + 1])) {
                    return true;
                }
            }
            return false;
        }

        Optional<Instant> plusWorkingDays(Instant t, int n) {
            if (n == 0) {
                return Optional.of(t);
            }
            LocalDate o = dayOf(t);
            LocalDate d = o;
            int step = n > 0 ? 1 : -1;
            for (int left = Math.abs(n), days = 0; left > 0; days++) {
                if (days > 60) {
                    return Optional.empty();
                }
                d = d.plusDays(step);
                if (isWorkingDay(d)) {
                    left--;
                }
            }
            Duration timeOfDay = Duration.between(o.atStartOfDay(), LocalDateTime.ofInstant(t, c.zone()));
            LocalDateTime landing = d.atStartOfDay().plus(timeOfDay);
            Instant l = map(landing.withSecond(0).withNano(0));
            if (landing.getSecond() != 0 || landing.getNano() != 0) {
                // a fraction of a minute: the wall clock is not in a gap there, so keep the fraction
                l = l.plusSeconds(landing.getSecond()).plusNanos(landing.getNano());
                if (!LocalDateTime.ofInstant(l, c.zone()).equals(landing)) {
                    l = map(landing.withSecond(0).withNano(0).plusMinutes(1));
                }
            }
            if (ownedBy(d, floor(l))) {
                return Optional.of(l);
            }
            // walk forward through the landing day for its next opening, else back to its closing
            Instant end = map(d.plusDays(2), 0);
            for (Instant m = floor(l).plusSeconds(MINUTE); m.isBefore(end); m = m.plusSeconds(MINUTE)) {
                if (ownedBy(d, m)) {
                    return Optional.of(m);
                }
            }
            for (Instant m = floor(l); !m.isBefore(map(d, 0)); m = m.minusSeconds(MINUTE)) {
                if (ownedBy(d, m)) {
                    return Optional.of(m.plusSeconds(MINUTE));
                }
            }
            return Optional.empty();
        }
    }
}
