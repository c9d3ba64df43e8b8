package org.qualityloop.workflow.engine;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.qualityloop.model.CaseId;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackCase;

/**
 * Where the case service keeps cases: each case's history (the source of truth) and its current
 * fold (a snapshot, so reads need no replay). Integrators implement it over their own storage,
 * e.g. an events table with a unique key on (case, sequence) and on (case, command id), and a
 * snapshot row per case written in the same transaction; {@link InMemoryCaseRepository} ships.
 *
 * <p>Contract: {@link #append} is atomic. It writes all of the events and the snapshot, or
 * nothing, and only when the case is at {@code expectedVersion} and has not recorded the
 * command's id; two concurrent appends on one case never both succeed. Implementations must be
 * thread-safe.
 */
public interface CaseRepository {

    /** The result of {@link #append}. */
    enum AppendResult {
        /** The events and the snapshot were written. */
        APPENDED,
        /** Nothing was written: the case is not at the expected version (or exists when 0 was expected). */
        STALE_VERSION,
        /** Nothing was written: the case already recorded events of this command. */
        DUPLICATE_COMMAND
    }

    /**
     * The current case.
     *
     * @param id the case, not null
     * @return the case, or empty when there is none
     */
    Optional<FeedbackCase> find(CaseId id);

    /**
     * The whole history of a case.
     *
     * @param id the case, not null
     * @return the events in sequence order, unmodifiable; empty when there is no such case
     */
    List<CaseEvent> history(CaseId id);

    /**
     * The events a command recorded on a case.
     *
     * @param id the case, not null
     * @param command the command's id, not null
     * @return the events in order, or empty when the case has not recorded the command
     */
    Optional<List<CaseEvent>> eventsOf(CaseId id, CommandId command);

    /**
     * Appends the events of one command and the case they lead to, atomically.
     *
     * @param id the case, not null
     * @param expectedVersion the version the case must be at: the sequence of its last event, 0 for
     *     a new case
     * @param events the events, not empty, numbered from {@code expectedVersion + 1}, all of one
     *     command
     * @param current the case after the events, whose version is the last event's sequence
     * @return what happened
     * @throws IllegalArgumentException when the events are not numbered or grouped as described
     */
    AppendResult append(CaseId id, long expectedVersion, List<CaseEvent> events, FeedbackCase current);

    /**
     * Calls {@code action} with every open case, e.g. to rebuild the SLA monitor after a restart.
     *
     * @param action what to do with each open case, not null
     */
    void forEachOpen(Consumer<FeedbackCase> action);
}
