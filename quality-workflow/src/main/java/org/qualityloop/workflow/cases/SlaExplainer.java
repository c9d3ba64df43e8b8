package org.qualityloop.workflow.cases;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.sla.SlaPause;
import org.qualityloop.model.sla.SlaResult;
import org.qualityloop.model.sla.SlaTarget;

/**
 * Builds {@link SlaExplanation}s: replays a history, collects the recorded changes of a target in
 * the current cycle, and reads the working stretches and holidays off the clock's calendar
 * through its public questions only. Package-private; {@link FeedbackLifecycle#explain} is the
 * entry point.
 */
final class SlaExplainer {

    /** The most dates scanned for holidays: ten years. */
    private static final int MAX_DATES = 3_660;

    private SlaExplainer() {
    }

    /** The explanation of {@code target}'s clock of the current cycle of {@code c} at {@code at}, or null. */
    static SlaExplanation explain(FeedbackCase c, SlaClocks clocks, List<SlaExplanation.Change> changes,
            SlaTarget target, Instant at) {
        Slot s = clocks.slot(target);
        if (s == null) {
            return null;
        }
        SlaClock clock = s.clock;
        BusinessCalendar cal = s.calendar;
        SlaResult r = clock.result(cal, at, c.cycle());
        Optional<Instant> ended = clock.stoppedAt().or(clock::cancelledAt);
        Instant end = ended.filter(e -> e.isBefore(at)).orElse(at);
        if (end.isBefore(clock.start())) {
            end = clock.start();
        }
        List<SlaExplanation.Span> spans = new ArrayList<>();
        Instant cur = clock.start();
        for (SlaPause p : clock.pauses()) {
            stretches(cal, cur, min(p.from(), end), spans);
            cur = max(cur, p.to());
        }
        Instant open = clock.pausedSince().orElse(null);
        stretches(cal, cur, open != null ? min(open, end) : end, spans);
        return new SlaExplanation(c.id(), target, c.cycle(), at, r.status(), clock.targetDuration(), cal.name(),
                Optional.empty(), clock.start(), clock.deadline(cal, at), ended, r.breachedAt(), r.elapsed(), spans,
                clock.pauses(), clock.pausedSince(), holidays(cal, clock.start(), end), changes, zoneOf(clocks, target));
    }

    /** The zone the recorded targets read {@code target}'s calendar in, when they name one. */
    private static Optional<java.time.ZoneId> zoneOf(SlaClocks clocks, SlaTarget target) {
        return clocks.targets().map(t -> t.zones().get(target));
    }

    /**
     * The changes of {@code target} recorded in the current cycle of a history: each targets
     * event after the last reopening that gives the target another working time, calendar or zone
     * than the one before.
     */
    static List<SlaExplanation.Change> changes(List<CaseEvent> history, SlaTarget target,
            java.util.function.Function<Instant, SlaCalendars> calendars) {
        int from = 0;
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).type() == CaseEventType.REOPEN) {
                from = i;
            }
        }
        List<SlaExplanation.Change> out = new ArrayList<>();
        String previous = null;
        for (CaseEvent e : history.subList(from, history.size())) {
            if (e.change() instanceof CaseChange.SlaTargetsSet t) {
                Duration d = t.targets().get(target);
                String name = calendars.apply(e.at()).forTarget(t, target).name();
                Optional<java.time.ZoneId> zone = Optional.ofNullable(t.zones().get(target));
                String now = d == null ? "-" : d + "@" + name + zone.map(z -> "@" + z).orElse("");
                if (previous == null ? d != null : !now.equals(previous)) {
                    out.add(new SlaExplanation.Change(e.at(), t.reason(), Optional.ofNullable(d), name, zone));
                }
                previous = now;
            }
        }
        return out;
    }

    /** Adds the working stretches of {@code cal} in {@code [a, b)} to {@code out}, up to the limit. */
    private static void stretches(BusinessCalendar cal, Instant a, Instant b, List<SlaExplanation.Span> out) {
        Instant cur = a;
        while (cur.isBefore(b) && out.size() < SlaExplanation.MAX_LISTED) {
            Instant s;
            try {
                s = cal.nextWorkingTime(cur);
            } catch (IllegalStateException | IllegalArgumentException ranOut) {
                return;
            }
            if (!s.isBefore(b)) {
                return;
            }
            Instant e = closing(cal, s, b);
            out.add(new SlaExplanation.Span(s, e));
            cur = e;
        }
    }

    /**
     * Where the working time that begins at {@code s} stops, or {@code b} if it lasts that long:
     * found by halving on whole seconds, working intervals beginning and ending on whole seconds.
     */
    private static Instant closing(BusinessCalendar cal, Instant s, Instant b) {
        if (full(cal, s, b)) {
            return b;
        }
        long lo = 0;
        long hi = Duration.between(s, b).getSeconds() + 1;
        while (hi - lo > 1) {
            long mid = (lo + hi) >>> 1;
            if (full(cal, s, s.plusSeconds(mid))) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        Instant e = s.plusSeconds(lo);
        Instant whole = e.getNano() == 0 ? e : Instant.ofEpochSecond(e.getEpochSecond() + 1);
        if (!whole.equals(e) && whole.isBefore(b) && full(cal, s, whole)) {
            e = whole;
        }
        return e;
    }

    private static boolean full(BusinessCalendar cal, Instant a, Instant b) {
        return cal.workingTimeBetween(a, b).equals(Duration.between(a, b));
    }

    /**
     * The dates from {@code a}'s to {@code b}'s (in the calendar's zone) whose weekly hours the
     * calendar's exceptions remove entirely, up to the limit.
     */
    private static List<LocalDate> holidays(BusinessCalendar cal, Instant a, Instant b) {
        Map<DayOfWeek, List<WorkingInterval>> weekly = cal.weeklySchedule();
        List<LocalDate> out = new ArrayList<>();
        LocalDate d = a.atZone(cal.zone()).toLocalDate();
        LocalDate last = b.atZone(cal.zone()).toLocalDate();
        for (int n = 0; !d.isAfter(last) && n < MAX_DATES && out.size() < SlaExplanation.MAX_LISTED; n++) {
            List<WorkingInterval> usual = weekly.get(d.getDayOfWeek());
            if (usual != null && !usual.isEmpty() && cal.intervalsOn(d).isEmpty()) {
                out.add(d);
            }
            d = d.plusDays(1);
        }
        return out;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
