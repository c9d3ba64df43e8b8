package org.qualityloop.workflow.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.sla.SlaPause;
import org.qualityloop.model.sla.SlaStatus;
import org.qualityloop.model.sla.SlaTarget;

/**
 * Why an SLA clock of a case shows what it shows at an instant — the answer to "why is this
 * breached?" as a value: the target and where it came from, the calendar, the working intervals
 * counted, the pauses and the holidays skipped, every change of the target with its reason, and
 * how the clock ended or breached. Taken with {@link FeedbackLifecycle#explain} (or the engine's
 * {@code CaseService.explainSla}, which also names the policy's rule). Holds codes, instants and
 * durations only, never personal data: {@link #text()} and {@code toString()} can be shown to
 * anyone who may see the case's SLA. JSON: one property per component (see
 * {@code docs/workflow.md}). Immutable.
 *
 * @param caseId the case
 * @param target the target the clock measures
 * @param cycle the case's cycle the clock belongs to, from 1
 * @param at the instant the explanation is taken at
 * @param status the clock's status at {@code at}
 * @param targetDuration the working time allowed
 * @param calendar the name of the calendar the clock is measured on
 * @param rule where the target came from, e.g. {@code "rule 1 of policy 'standard'
 *     (priority=HIGH)"}, when the one asking knows the policy
 * @param start when the clock started counting
 * @param deadline the deadline as seen at {@code at} (while paused: if it resumed at {@code at})
 * @param endedAt when the clock was stopped or cancelled, if it was
 * @param breachedAt when the clock breached, present exactly when the status is breached
 * @param elapsed the working time counted up to {@code at}, pauses excluded
 * @param counted the stretches of working time counted, in order; at most
 *     {@link #MAX_LISTED} (the first ones), {@code elapsed} always counting all
 * @param pauses the clock's finished pauses, in order
 * @param pausedSince when the clock's current pause began, if it is paused
 * @param holidays the dates between the start and the end of the counting whose usual working
 *     hours the calendar removes (holidays), in order; at most {@link #MAX_LISTED}
 * @param changes every change of this target's working time, calendar or zone recorded since the
 *     clock's cycle began, in order
 * @param zone the zone the calendar is read in when it is not the calendar's own (the case's
 *     zone, where the policy measures the target in it); empty for the calendar's own zone
 */
public record SlaExplanation(CaseId caseId, SlaTarget target, int cycle, Instant at, SlaStatus status,
        Duration targetDuration, String calendar, Optional<String> rule, Instant start, Instant deadline,
        Optional<Instant> endedAt, Optional<Instant> breachedAt, Duration elapsed, List<Span> counted,
        List<SlaPause> pauses, Optional<Instant> pausedSince, List<LocalDate> holidays, List<Change> changes,
        Optional<ZoneId> zone) {

    /** The most working stretches, and the most holidays, an explanation lists. */
    public static final int MAX_LISTED = 100;

    /**
     * Validates and copies the components.
     *
     * @param caseId the case
     * @param target the target the clock measures
     * @param cycle the case's cycle the clock belongs to, from 1
     * @param at the instant the explanation is taken at
     * @param status the clock's status at {@code at}
     * @param targetDuration the working time allowed, positive
     * @param calendar the name of the calendar the clock is measured on, an identifier
     * @param rule where the target came from, if known; not blank when present
     * @param start when the clock started counting
     * @param deadline the deadline as seen at {@code at}
     * @param endedAt when the clock was stopped or cancelled, if it was
     * @param breachedAt when the clock breached, present exactly when the status is breached
     * @param elapsed the working time counted up to {@code at}, not negative
     * @param counted the stretches of working time counted, in order, at most {@link #MAX_LISTED}
     * @param pauses the clock's finished pauses, in order
     * @param pausedSince when the clock's current pause began, if it is paused
     * @param holidays the holidays skipped, in order, at most {@link #MAX_LISTED}
     * @param changes every change of this target recorded since the cycle began, in order
     * @param zone the zone the calendar is read in when not its own, or empty
     * @throws IllegalArgumentException naming the field when a value breaks its rule
     */
    public SlaExplanation {
        Checks.notNull(caseId, "caseId");
        Checks.notNull(target, "target");
        if (cycle < 1) {
            throw new IllegalArgumentException("cycle must be at least 1, but was " + cycle);
        }
        Checks.notNull(at, "at");
        Checks.notNull(status, "status");
        Checks.positive(targetDuration, "targetDuration");
        Checks.id(calendar, "calendar");
        Checks.notNull(rule, "rule");
        rule.ifPresent(r -> Checks.notBlank(r, "rule"));
        Checks.notNull(start, "start");
        Checks.notNull(deadline, "deadline");
        Checks.notNull(endedAt, "endedAt");
        Checks.notNull(breachedAt, "breachedAt");
        if (breachedAt.isPresent() != (status == SlaStatus.BREACHED)) {
            throw new IllegalArgumentException("breachedAt must be present exactly when status is BREACHED, but was "
                    + breachedAt.map(Instant::toString).orElse("empty") + " with status " + status);
        }
        Checks.nonNegative(elapsed, "elapsed");
        counted = Checks.listCopy(counted, "counted");
        if (counted.size() > MAX_LISTED) {
            throw new IllegalArgumentException("counted must hold at most " + MAX_LISTED + " spans, but held "
                    + counted.size());
        }
        pauses = Checks.listCopy(pauses, "pauses");
        Checks.notNull(pausedSince, "pausedSince");
        holidays = Checks.listCopy(holidays, "holidays");
        if (holidays.size() > MAX_LISTED) {
            throw new IllegalArgumentException("holidays must hold at most " + MAX_LISTED + " dates, but held "
                    + holidays.size());
        }
        changes = Checks.listCopy(changes, "changes");
        Checks.notNull(zone, "zone");
    }

    /**
     * An explanation of a clock measured in its calendar's own zone: the form every explanation
     * had before zones were recorded.
     *
     * @param caseId the case
     * @param target the target the clock measures
     * @param cycle the case's cycle the clock belongs to, from 1
     * @param at the instant the explanation is taken at
     * @param status the clock's status at {@code at}
     * @param targetDuration the working time allowed, positive
     * @param calendar the name of the calendar the clock is measured on, an identifier
     * @param rule where the target came from, if known; not blank when present
     * @param start when the clock started counting
     * @param deadline the deadline as seen at {@code at}
     * @param endedAt when the clock was stopped or cancelled, if it was
     * @param breachedAt when the clock breached, present exactly when the status is breached
     * @param elapsed the working time counted up to {@code at}, not negative
     * @param counted the stretches of working time counted, in order, at most {@link #MAX_LISTED}
     * @param pauses the clock's finished pauses, in order
     * @param pausedSince when the clock's current pause began, if it is paused
     * @param holidays the holidays skipped, in order, at most {@link #MAX_LISTED}
     * @param changes every change of this target recorded since the cycle began, in order
     * @throws IllegalArgumentException naming the field when a value breaks its rule
     */
    public SlaExplanation(CaseId caseId, SlaTarget target, int cycle, Instant at, SlaStatus status,
            Duration targetDuration, String calendar, Optional<String> rule, Instant start, Instant deadline,
            Optional<Instant> endedAt, Optional<Instant> breachedAt, Duration elapsed, List<Span> counted,
            List<SlaPause> pauses, Optional<Instant> pausedSince, List<LocalDate> holidays, List<Change> changes) {
        this(caseId, target, cycle, at, status, targetDuration, calendar, rule, start, deadline, endedAt, breachedAt,
                elapsed, counted, pauses, pausedSince, holidays, changes, Optional.empty());
    }

    /**
     * This explanation with where the target came from, e.g. the policy's rule that gave it.
     *
     * @param source the source, not blank
     * @return a copy naming it
     */
    public SlaExplanation withRule(String source) {
        return new SlaExplanation(caseId, target, cycle, at, status, targetDuration, calendar,
                Optional.of(Checks.notBlank(source, "rule")), start, deadline, endedAt, breachedAt, elapsed, counted,
                pauses, pausedSince, holidays, changes, zone);
    }

    /**
     * A stretch of working time counted by the clock, {@code [from, to)}.
     *
     * @param from where it begins
     * @param to where it ends, after {@code from}
     */
    public record Span(Instant from, Instant to) {
        /**
         * Validates the span.
         *
         * @param from where it begins
         * @param to where it ends, after {@code from}
         */
        public Span {
            Checks.notNull(from, "from");
            Checks.notNull(to, "to");
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("to must be after from " + from + ", but was " + to);
            }
        }

        @Override
        public String toString() {
            return "[" + from + ", " + to + ")";
        }
    }

    /**
     * One recorded change of the target: its working time (empty when the target was removed),
     * calendar and zone from {@code at} on, and why the engine set it.
     *
     * @param at when the change was recorded
     * @param reason why, as recorded; empty in histories written before reasons were recorded
     * @param targetDuration the working time from then on, or empty when the target was removed
     * @param calendar the name of the calendar from then on
     * @param zone the zone the calendar is read in from then on when not its own, or empty
     */
    public record Change(Instant at, Optional<CaseChange.SlaTargetsSet.Reason> reason,
            Optional<Duration> targetDuration, String calendar, Optional<ZoneId> zone) {
        /**
         * Validates the change.
         *
         * @param at when the change was recorded
         * @param reason why, as recorded, or empty
         * @param targetDuration the working time from then on, or empty when removed
         * @param calendar the name of the calendar from then on, an identifier
         * @param zone the zone the calendar is read in from then on when not its own, or empty
         */
        public Change {
            Checks.notNull(at, "at");
            Checks.notNull(reason, "reason");
            Checks.notNull(targetDuration, "targetDuration");
            Checks.id(calendar, "calendar");
            Checks.notNull(zone, "zone");
        }

        /**
         * A change to a calendar read in its own zone: the form every change had before zones
         * were recorded.
         *
         * @param at when the change was recorded
         * @param reason why, as recorded, or empty
         * @param targetDuration the working time from then on, or empty when removed
         * @param calendar the name of the calendar from then on, an identifier
         */
        public Change(Instant at, Optional<CaseChange.SlaTargetsSet.Reason> reason,
                Optional<Duration> targetDuration, String calendar) {
            this(at, reason, targetDuration, calendar, Optional.empty());
        }

        @Override
        public String toString() {
            return at + " " + reason.map(Enum::name).orElse("(no reason recorded)") + ": "
                    + targetDuration.map(d -> d + " on " + calendar + zone.map(z -> " in " + z).orElse(""))
                            .orElse("removed");
        }
    }

    /**
     * The explanation as readable text, one fact a line: the status, the target and its source,
     * the start and deadline, the working time counted, pauses, holidays, changes of the target,
     * and why it breached.
     *
     * @return the text; no personal data
     */
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(target).append(" of case ").append(caseId).append(", cycle ").append(cycle).append(", at ")
                .append(at).append(": ").append(status).append('\n');
        b.append("target ").append(targetDuration).append(" of working time on calendar ").append(calendar)
                .append(zone.map(z -> " in the case's zone " + z).orElse(""))
                .append(rule.map(r -> ", from " + r).orElse("")).append('\n');
        b.append("started ").append(start).append(", deadline ").append(deadline)
                .append(endedAt.map(e -> ", ended " + e).orElse("")).append('\n');
        b.append("counted ").append(elapsed).append(" of working time");
        if (!counted.isEmpty()) {
            b.append(" in ").append(counted.size() == MAX_LISTED ? "more than " + (MAX_LISTED - 1) : counted.size())
                    .append(" stretch").append(counted.size() == 1 ? "" : "es").append(": ");
            appendAll(b, counted);
        }
        b.append('\n');
        if (!pauses.isEmpty() || pausedSince.isPresent()) {
            b.append("paused: ");
            appendAll(b, pauses.stream().map(p -> "[" + p.from() + ", " + p.to() + ")").toList());
            pausedSince.ifPresent(p -> b.append(pauses.isEmpty() ? "" : ", ").append("since ").append(p));
            b.append('\n');
        }
        if (!holidays.isEmpty()) {
            b.append("holidays skipped: ");
            appendAll(b, holidays);
            b.append('\n');
        }
        if (!changes.isEmpty()) {
            b.append("target changes: ");
            appendAll(b, changes);
            b.append('\n');
        }
        breachedAt.ifPresent(t -> b.append("breached at ").append(t).append(": ").append(whyBreached(t))
                .append('\n'));
        return b.toString();
    }

    private String whyBreached(Instant t) {
        String counting = "the " + targetDuration + " of working time counted from " + start
                + (pauses.isEmpty() && pausedSince.isEmpty() ? "" : ", pauses excluded,") + " ran out at " + t;
        if (endedAt.isPresent()) {
            return counting + ", before the clock ended at " + endedAt.get();
        }
        if (t.isBefore(deadline)) {
            return counting + " (recorded before its target changed; a recorded breach is kept)";
        }
        return counting + ", and the clock is still counting at " + at;
    }

    private static void appendAll(StringBuilder b, List<?> items) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(items.get(i));
        }
    }

    @Override
    public String toString() {
        return text();
    }
}
