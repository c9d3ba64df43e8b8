package org.qualityloop.workflow.store;

import java.util.List;
import java.util.Optional;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseSnapshot;
import org.qualityloop.workflow.cases.CommandId;

/**
 * One atomic write of a {@link CaseStore}: the events of one command, the case's snapshot and
 * summary after them (the summary carries the case's next due instant for the SLA due index),
 * and the caller's unit of work. Immutable.
 *
 * @param caseId the case, not null
 * @param expectedVersion the version the case must be at: the sequence of its last event, 0 for a
 *     new case
 * @param events the events, not empty, numbered from {@code expectedVersion + 1}, all of this
 *     case and of one command
 * @param snapshot the case after the events, offered for keeping; a store may keep it or not
 * @param summary the case after the events, to index; at the version of the last event
 * @param work the caller's writes to join, not null ({@link UnitOfWork#NONE} for none)
 */
public record Append(CaseId caseId, long expectedVersion, List<CaseEvent> events, Optional<CaseSnapshot> snapshot,
        CaseSummary summary, UnitOfWork work) {

    /**
     * Validates and copies.
     *
     * @param caseId the case, not null
     * @param expectedVersion the version the case must be at: the sequence of its last event, 0 for a new case
     * @param events the events, not empty, numbered from {@code expectedVersion + 1}, all of this case and of one command
     * @param snapshot the case after the events, offered for keeping; a store may keep it or not
     * @param summary the case after the events, to index; at the version of the last event
     * @param work the caller's writes to join, not null ({@link UnitOfWork#NONE} for none)
     * @throws IllegalArgumentException when the events, the snapshot or the summary do not fit
     *     together as described
     */
    public Append {
        Checks.notNull(caseId, "caseId");
        Checks.nonNegative(expectedVersion, "expectedVersion");
        events = Checks.listCopy(events, "events");
        Checks.notNull(snapshot, "snapshot");
        Checks.notNull(summary, "summary");
        Checks.notNull(work, "work");
        if (events.isEmpty()) {
            throw new IllegalArgumentException("events must not be empty");
        }
        CommandId command = events.get(0).commandId();
        for (int i = 0; i < events.size(); i++) {
            CaseEvent e = events.get(i);
            if (!e.caseId().equals(caseId) || e.sequence() != expectedVersion + 1 + i || !e.commandId().equals(command)) {
                throw new IllegalArgumentException("events[" + i + "] must be event " + (expectedVersion + 1 + i)
                        + " of case " + caseId + " under command " + command + ", but was event " + e.sequence()
                        + " of case " + e.caseId() + " under command " + e.commandId());
            }
        }
        long version = expectedVersion + events.size();
        if (!summary.caseId().equals(caseId) || summary.version() != version) {
            throw new IllegalArgumentException("summary must be of case " + caseId + " at version " + version
                    + ", but was of case " + summary.caseId() + " at version " + summary.version());
        }
        snapshot.ifPresent(s -> {
            if (!s.id().equals(caseId) || s.version() != version) {
                throw new IllegalArgumentException("snapshot must be of case " + caseId + " at version " + version
                        + ", but was of case " + s.id() + " at version " + s.version());
            }
        });
    }

    /**
     * Returns the command the events belong to.
     *
     * @return the command the events belong to
     */
    public CommandId commandId() {
        return events.get(0).commandId();
    }

    /**
     * Returns the case's version after the append.
     *
     * @return the case's version after the append
     */
    public long version() {
        return expectedVersion + events.size();
    }
}
