package org.qualityloop.model.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
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
