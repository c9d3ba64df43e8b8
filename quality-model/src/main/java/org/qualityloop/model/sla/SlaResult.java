package org.qualityloop.model.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.internal.Checks;

/**
 * What one SLA clock showed at an instant: its target, how much working time it counted, its
 * status and, once breached, when. It is the read-out of a {@link SlaClock} that metrics consume
 * (SLA compliance per target), taken with {@link SlaClock#result(BusinessCalendar, Instant, int)}; it
 * does not need the calendar any more. Immutable and thread-safe.
 *
 * @param target the target measured, not null
 * @param cycle the case's cycle the clock belongs to, 1 for the first, 2 after the first reopening…
 * @param targetDuration the working time allowed, positive
 * @param elapsed the working time counted, pauses excluded, not negative
 * @param status the status at the instant of the read-out, not null
 * @param breachedAt when the clock was breached; present exactly when {@code status} is
 *     {@link SlaStatus#BREACHED}
 */
public record SlaResult(SlaTarget target, int cycle, Duration targetDuration, Duration elapsed, SlaStatus status,
        Optional<Instant> breachedAt) {

    /**
     * Validates the result.
     *
     * @param target the target measured, not null
     * @param cycle the case's cycle the clock belongs to, 1 for the first, 2 after the first
     *     reopening…
     * @param targetDuration the working time allowed, positive
     * @param elapsed the working time counted, pauses excluded, not negative
     * @param status the status at the instant of the read-out, not null
     * @param breachedAt when the clock was breached; present exactly when {@code status} is
     *     {@link SlaStatus#BREACHED}
     * @throws IllegalArgumentException when the cycle is below 1, a duration is out of range, the
     *     breach instant does not match the status, or a met clock counted more than its target
     */
    public SlaResult {
        Checks.notNull(target, "target");
        if (cycle < 1) {
            throw new IllegalArgumentException("cycle must be at least 1, but was " + cycle);
        }
        SlaTarget.checkDuration(targetDuration, "targetDuration");
        Checks.nonNegative(elapsed, "elapsed");
        Checks.notNull(status, "status");
        Checks.notNull(breachedAt, "breachedAt");
        if (status == SlaStatus.MET && elapsed.compareTo(targetDuration) > 0) {
            throw new IllegalArgumentException("elapsed must not exceed targetDuration " + targetDuration
                    + " when status is MET, but was " + elapsed);
        }
        if (status == SlaStatus.BREACHED && breachedAt.isEmpty()) {
            throw new IllegalArgumentException("breachedAt must be present when status is BREACHED, but was empty");
        }
        if (status != SlaStatus.BREACHED && breachedAt.isPresent()) {
            throw new IllegalArgumentException("breachedAt must be empty when status is " + status + ", but was "
                    + breachedAt.get());
        }
    }

    /**
     * Tells whether the clock finished within its target.
     *
     * @return true for {@link SlaStatus#MET}
     */
    public boolean met() {
        return status == SlaStatus.MET;
    }

    /**
     * Tells whether the clock was breached.
     *
     * @return true for {@link SlaStatus#BREACHED}
     */
    public boolean breached() {
        return status == SlaStatus.BREACHED;
    }
}
