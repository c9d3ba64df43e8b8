package org.qualityloop.workflow.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.TeamId;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.cases.CaseState;
import org.qualityloop.workflow.cases.FeedbackCase;

/**
 * What a store indexes of a case on every append, so that operators' queries and the SLA due
 * index need no replay: the columns of a {@code case_summary} row. Computed by the engine
 * ({@link #of(FeedbackCase)}); a store only keeps it. No personal data. Immutable.
 *
 * @param caseId the case, not null
 * @param version its version, from 1
 * @param state its state, not null
 * @param owner its owner, if assigned
 * @param team its owner's team, if given
 * @param priority its priority, once registered
 * @param overdue the targets whose current clock is breached (its breach recorded) and still
 *     running, unmodifiable
 * @param nextDue when its next SLA alert falls due, rounded up to the microsecond (see
 *     {@link #dueInstant}); empty when none will
 * @param updatedAt the instant of its last event, not null
 */
public record CaseSummary(CaseId caseId, long version, CaseState state, Optional<AgentId> owner,
        Optional<TeamId> team, Optional<Priority> priority, Set<SlaTarget> overdue, Optional<Instant> nextDue,
        Instant updatedAt) {

    /**
     * Validates and copies.
     *
     * @param caseId the case, not null
     * @param version its version, from 1
     * @param state its state, not null
     * @param owner its owner, if assigned
     * @param team its owner's team, if given
     * @param priority its priority, once registered
     * @param overdue the targets whose current clock is breached (its breach recorded) and still running, unmodifiable
     * @param nextDue when its next SLA alert falls due, rounded up to the microsecond (see {@link #dueInstant}); empty when none will
     * @param updatedAt the instant of its last event, not null
     * @throws IllegalArgumentException when {@code nextDue} is finer than a microsecond
     */
    public CaseSummary {
        Checks.notNull(caseId, "caseId");
        Checks.positive(version, "version");
        Checks.notNull(state, "state");
        Checks.notNull(owner, "owner");
        Checks.notNull(team, "team");
        Checks.notNull(priority, "priority");
        // the common empty set is taken as it is: no copy, no iterator
        overdue = Checks.notNull(overdue, "overdue").isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(new TreeSet<>(Checks.setCopy(overdue, "overdue")));
        Checks.notNull(nextDue, "nextDue");
        nextDue.ifPresent(at -> {
            if (at.getNano() % 1_000 != 0) {
                throw new IllegalArgumentException("nextDue must be a whole microsecond, but was " + at);
            }
        });
        Checks.notNull(updatedAt, "updatedAt");
    }

    /**
     * The summary of a case as it now is.
     *
     * @param current the case, not null
     * @return its summary
     */
    public static CaseSummary of(FeedbackCase current) {
        Checks.notNull(current, "current");
        Set<SlaTarget> overdue = Set.of();
        List<SlaClock> clocks = current.clocks();
        for (int i = 0; i < clocks.size(); i++) {
            SlaClock c = clocks.get(i);
            if (c.isActive() && current.breachRecorded(c.target())) {
                if (overdue.isEmpty()) {
                    overdue = new TreeSet<>();
                }
                overdue.add(c.target());
            }
        }
        Optional<Instant> next = current.nextSlaAlert();
        if (next.isPresent()) {
            Instant at = next.get();
            Instant due = dueInstant(at);
            if (due != at) {
                next = Optional.of(due);
            }
        }
        return new CaseSummary(current.id(), current.version(), current.state(), current.owner(), current.team(),
                current.priority(), overdue, next, current.updatedAt());
    }

    /**
     * The instant the due index keeps for an alert falling due at {@code at}: {@code at} rounded
     * up to the next whole microsecond. A breach falls due one nanosecond after its deadline; a
     * database column of microsecond precision would round that back onto the deadline, where
     * the clock is not yet breached, and the alert would never be found. Rounded up, the alert is
     * due at the kept instant (at most 999 ns late), and a scheduler waking then finds it.
     *
     * @param at the instant, not null
     * @return the same instant when it is a whole microsecond, else the next one
     */
    public static Instant dueInstant(Instant at) {
        Checks.notNull(at, "at");
        Instant down = at.truncatedTo(ChronoUnit.MICROS);
        return down.equals(at) ? at : down.plusNanos(1_000);
    }

    /**
     * Returns whether the case is open (neither closed nor rejected).
     *
     * @return whether the case is open (neither closed nor rejected)
     */
    public boolean isOpen() {
        return state.isOpen();
    }
}
