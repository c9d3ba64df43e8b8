package org.qualityloop.model.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.BusinessCalendarPropertiesAccess;

/**
 * Invariants of SLA clocks with several pause cycles on random calendars: elapsed time is the
 * working time outside pauses, the deadline is where elapsed time reaches the target, the status
 * agrees with the breach instant. (The JSON round trip of such clocks is checked in
 * {@code quality-jackson}.)
 */
class SlaClockProperties {

    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return Arbitraries.longs().map(BusinessCalendarPropertiesAccess::calendar);
    }

    @Provide
    Arbitrary<Duration> targets() {
        // Whole minutes often make deadlines fall exactly on the (minute-aligned) closing times.
        return Arbitraries.oneOf(Arbitraries.longs().between(1, 40L * 3600 * 1000).map(Duration::ofMillis),
                Arbitraries.longs().between(1, 40L * 60).map(Duration::ofMinutes));
    }

    /** Gaps in milliseconds between successive changes: start, pause, resume, pause, ... */
    @Provide
    Arbitrary<List<Long>> gaps() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 3L * 24 * 3600 * 1000),
                Arbitraries.longs().between(0, 3L * 24 * 60).map(m -> m * 60_000))
                .list().ofMinSize(1).ofMaxSize(9);
    }

    @Property(tries = 300)
    void elapsedDeadlineAndStatusAgree(@ForAll("calendars") BusinessCalendar cal,
            @ForAll("targets") Duration anyTarget, @ForAll boolean endingAtClosingTime, @ForAll("gaps") List<Long> gaps,
            @ForAll @Size(3) List<@net.jqwik.api.constraints.LongRange(max = 20L * 24 * 3600 * 1000) Long> probes) {
        Instant start = T0.plusMillis(gaps.get(0));
        // Half the time the target ends exactly at a closing time, where the breach rule is subtle.
        Duration target = endingAtClosingTime ? closingTarget(cal, start).orElse(anyTarget) : anyTarget;
        SlaClock clock = SlaClock.start(SlaTarget.RESOLUTION, target, start, cal);
        Instant t = start;
        Duration paused = Duration.ZERO;
        Instant pauseStart = null;
        for (int i = 1; i < gaps.size(); i++) {
            t = t.plusMillis(gaps.get(i));
            if (i % 2 == 1) {
                clock = clock.pause(t);
                pauseStart = t;
            } else {
                clock = clock.resume(t, cal);
                paused = paused.plus(cal.workingTimeBetween(pauseStart, t));
                pauseStart = null;
            }
        }
        Instant now = t;
        // Elapsed at the last change: working time since the start minus working time inside pauses.
        Duration expectedElapsed = cal.workingTimeBetween(start, now).minus(paused)
                .minus(pauseStart == null ? Duration.ZERO : cal.workingTimeBetween(pauseStart, now));
        assertThat(clock.elapsed(cal, now)).isEqualTo(expectedElapsed);
        assertThat(clock.remaining(cal, now)).isEqualTo(target.minus(expectedElapsed));

        // Where the elapsed time reaches the target, the deadline lies; the status follows it.
        for (long probe : probes) {
            Instant p = start.plusMillis(probe);
            SlaStatus status = clock.status(cal, p);
            boolean pastBreach = clock.breachInstant(cal).map(p::isAfter).orElse(false);
            assertThat(status == SlaStatus.BREACHED).isEqualTo(pastBreach);
            if (clock.elapsed(cal, p).compareTo(target) > 0) {
                assertThat(status).isEqualTo(SlaStatus.BREACHED);
            }
        }
        SlaClock last = clock;
        last.breachInstant(cal).ifPresent(b -> {
            assertThat(last.elapsed(cal, b)).isEqualTo(target);
            assertThat(last.deadline(cal, now)).isEqualTo(b);
        });
        if (pauseStart == null) {
            Instant deadline = clock.deadline(cal, now);
            assertThat(clock.elapsed(cal, deadline)).isEqualTo(target);
            assertThat(clock.deadline()).isEqualTo(deadline);
        }
    }

    /**
     * Against an independent minute walk, on calendars whose boundaries are whole minutes and
     * clocks whose changes fall on whole minutes (around daylight-saving changes and New Year):
     * a minute counts when the walk says it is working time, it is at or after the start and
     * outside every pause (an open pause until "now", when the clock would resume). The elapsed
     * time counts such minutes before "now" and before any stop or cancellation; the deadline as
     * seen "now" ends the minute in which the count reaches the target; the breach instant is that
     * deadline unless the clock was stopped or cancelled by then, or is paused before reaching it;
     * a warning goes out at the first counting minute with at least its threshold counted before
     * it; the status follows the breach rule, checked on both sides of the breach instant.
     */
    @Property(tries = 200)
    void clockAgreesWithTheMinuteWalk(@ForAll long calendarSeed, @ForAll long seed) {
        BusinessCalendar cal = BusinessCalendarPropertiesAccess.walkedCalendar(calendarSeed);
        Predicate<Instant> working = BusinessCalendarPropertiesAccess.workingMinute(cal);
        SplittableRandom r = new SplittableRandom(seed);
        String[] near = {"2026-03-08", "2026-03-29", "2026-10-25", "2026-11-01", "2026-12-31", "2026-06-10"};
        Instant start = LocalDate.parse(near[r.nextInt(near.length)]).atStartOfDay().toInstant(ZoneOffset.UTC)
                .plusSeconds(60L * (r.nextInt(6 * 1440) - 3 * 1440));
        long targetMinutes = 1 + r.nextInt(r.nextBoolean() ? 120 : 1800);
        Duration target = Duration.ofMinutes(targetMinutes);
        SlaClock clock = SlaClock.start(SlaTarget.RESOLUTION, target, start, cal);
        List<Instant[]> pauses = new ArrayList<>();
        Instant t = start;
        Instant pausedSince = null;
        for (int i = r.nextInt(6); i > 0; i--) {
            t = t.plusSeconds(60L * (r.nextInt(4) == 0 ? 0 : r.nextInt(r.nextBoolean() ? 200 : 3000)));
            if (pausedSince == null) {
                clock = clock.pause(t);
                pausedSince = t;
            } else {
                clock = clock.resume(t, cal);
                if (t.isAfter(pausedSince)) {
                    pauses.add(new Instant[] {pausedSince, t});
                }
                pausedSince = null;
            }
        }
        Instant stopped = null;
        Instant cancelled = null;
        int ending = r.nextInt(4);
        if (ending == 1 || ending == 2) {
            t = t.plusSeconds(60L * r.nextInt(3000));
            clock = ending == 1 ? clock.stop(t, cal) : clock.cancel(t);
            if (pausedSince != null && t.isAfter(pausedSince)) {
                pauses.add(new Instant[] {pausedSince, t});
            }
            pausedSince = null;
            stopped = ending == 1 ? t : null;
            cancelled = ending == 2 ? t : null;
        }
        Instant now = t.plusSeconds(60L * r.nextInt(2000));
        Instant end = stopped != null ? stopped : cancelled;
        Instant resumeAt = pausedSince == null ? null : now.isAfter(pausedSince) ? now : pausedSince;
        // The walk: "running" counts as if the clock went on (resuming an open pause now, never
        // stopping), "elapsed" stops at a stop, a cancellation or an open pause. The count at each
        // pause's start is where a warning is easiest to get wrong: a third of the thresholds are one.
        long running = 0;
        long elapsed = 0;
        long elapsedNow = -1;
        Instant deadline = null;
        boolean reachedBeforeOpenPause = false;
        List<Long> countsAtPauses = new ArrayList<>();
        Instant m = start;
        for (int i = 0; i < 60 * 1440 && (deadline == null || !m.isAfter(now)); i++) {
            boolean counting = working.test(m) && !inside(pauses, m);
            boolean countsRunning = counting && (pausedSince == null || m.isBefore(pausedSince) || !m.isBefore(resumeAt));
            boolean countsElapsed = counting && (end == null || m.isBefore(end))
                    && (pausedSince == null || m.isBefore(pausedSince));
            if (m.equals(now)) {
                elapsedNow = elapsed;
            }
            if (m.equals(pausedSince) && running <= targetMinutes) {
                countsAtPauses.add(running);
            }
            for (Instant[] p : pauses) {
                if (p[0].equals(m) && running <= targetMinutes) {
                    countsAtPauses.add(running);
                }
            }
            elapsed += countsElapsed ? 1 : 0;
            if (countsRunning && ++running == targetMinutes) {
                deadline = m.plusSeconds(60);
                reachedBeforeOpenPause = pausedSince == null || m.isBefore(pausedSince);
            }
            m = m.plusSeconds(60);
        }
        long warningMinutes = !countsAtPauses.isEmpty() && r.nextInt(3) == 0
                ? countsAtPauses.get(r.nextInt(countsAtPauses.size())) : r.nextInt((int) targetMinutes + 1);
        Instant warning = null;
        running = 0;
        m = start;
        for (int i = 0; i < 60 * 1440 && warning == null; i++) {
            boolean countsRunning = working.test(m) && !inside(pauses, m)
                    && (pausedSince == null || m.isBefore(pausedSince) || !m.isBefore(resumeAt));
            if (countsRunning && running >= warningMinutes) {
                warning = m;
            }
            running += countsRunning ? 1 : 0;
            m = m.plusSeconds(60);
        }
        boolean walked = deadline != null && warning != null && elapsedNow >= 0;
        Statistics.label("walked to the deadline").collect(walked);
        Statistics.label("ending").collect(stopped != null ? "stopped" : cancelled != null ? "cancelled"
                : pausedSince != null ? "paused" : "running");
        Statistics.label("warning at a pause's start").collect(end == null && countsAtPauses.contains(warningMinutes));
        Statistics.label("walked to the deadline").coverage(c -> c.check(true).percentage(p -> p > 90));
        Statistics.label("warning at a pause's start").coverage(c -> c.check(true).percentage(p -> p > 5));
        if (!walked) {
            return; // a sparse calendar: the deadline lies beyond the walk
        }
        assertThat(clock.elapsed(cal, now)).as("elapsed").isEqualTo(Duration.ofMinutes(elapsedNow));
        assertThat(clock.remaining(cal, now)).as("remaining").isEqualTo(target.minusMinutes(elapsedNow));
        assertThat(clock.deadline(cal, now)).as("deadline").isEqualTo(deadline);
        Optional<Instant> breach = reachedBeforeOpenPause && (end == null || end.isAfter(deadline))
                ? Optional.of(deadline) : Optional.empty();
        assertThat(clock.breachInstant(cal)).as("breach instant").isEqualTo(breach);
        if (end == null) {
            assertThat(clock.warningInstant(Duration.ofMinutes(warningMinutes), cal, now)).as("warning")
                    .isEqualTo(warning);
        }
        List<Instant> probes = new ArrayList<>(List.of(start.plusSeconds(60L * r.nextInt(6000)), now));
        breach.ifPresent(b -> probes.addAll(List.of(b, b.plusNanos(1))));
        for (Instant p : probes) {
            SlaStatus expected = breach.isPresent() && p.isAfter(breach.get()) ? SlaStatus.BREACHED
                    : cancelled != null && !p.isBefore(cancelled) ? SlaStatus.CANCELLED
                    : stopped != null && !p.isBefore(stopped) ? SlaStatus.MET
                    : pausedSince != null && !p.isBefore(pausedSince) ? SlaStatus.PAUSED
                    : SlaStatus.RUNNING;
            assertThat(clock.status(cal, p)).as("status at %s", p).isEqualTo(expected);
        }
    }

    private static boolean inside(List<Instant[]> pauses, Instant m) {
        for (Instant[] p : pauses) {
            if (!m.isBefore(p[0]) && m.isBefore(p[1])) {
                return true;
            }
        }
        return false;
    }

    /** The working time from {@code start} to the end of the first working stretch at or after it. */
    private static java.util.Optional<Duration> closingTarget(BusinessCalendar cal, Instant start) {
        Instant open = cal.nextWorkingTime(start);
        Instant t = open;
        for (int minute = 0; minute < 3 * 24 * 60; minute++) {
            Instant next = t.plusSeconds(60);
            if (!cal.isWorkingTime(next)) {
                // Closing lies in (t, next]: interval boundaries are whole seconds.
                Instant closing = t.plusSeconds(1);
                while (cal.isWorkingTime(closing)) {
                    closing = closing.plusSeconds(1);
                }
                Duration d = cal.workingTimeBetween(start, closing);
                return d.isZero() ? java.util.Optional.empty() : java.util.Optional.of(d);
            }
            t = next;
        }
        return java.util.Optional.empty();
    }
}
