package org.qualityloop.workflow.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.qualityloop.model.CaseId;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CommandId;

/**
 * Where the case engine keeps cases, events first: a case's events are the source of truth; a
 * snapshot, a summary row and an SLA due entry per case make reads, queries and the SLA monitor
 * cheap. The engine decides and folds; a store only stores, and computes nothing about cases.
 * {@link InMemoryCaseStore} ships; the {@code quality-workflow-testkit} contract suite checks any
 * implementation, and docs/workflow.md shows one over SQL.
 *
 * <p><b>Appends</b> ({@link #append}) are atomic: the events, the offered snapshot (if kept), the
 * summary with its due instant, and the caller's {@link UnitOfWork} are all written, or nothing
 * is. Before writing, a store checks, in this order, that the case has not recorded the append's
 * command id (else {@link AppendResult.Duplicate} with the earlier events) and that the case is
 * at the expected version (else {@link AppendResult.Conflict} with both versions). Two appends on
 * one case never both succeed. Writing a case's summary replaces its due entry and drops any
 * claim on it.
 *
 * <p><b>The global feed</b> ({@link #read}) gives every committed event once, with a position
 * assigned by the store. The rule every store keeps: <em>once {@code read} has returned an event
 * at position p, it never later returns an event at a position below p</em> — a reader that
 * resumes after the last position it handled never skips an event, even when transactions
 * commit in another order than they began. {@link InMemoryCaseStore} assigns positions when it
 * commits. A SQL store either does the same (positions taken from a counter row updated last in
 * the appending transaction, which orders commits), or takes them from a sequence at insert and
 * returns only events below the lowest position still in flight ("safe up to").
 *
 * <p><b>The SLA due index</b>: {@link #due} answers which cases have an alert due by an instant,
 * {@link #claim} lets one engine instance take a case's due alerts for a lease, {@link #release}
 * ends a claim that recorded nothing, and {@link #nextDue} is the earliest instant at which
 * {@link #due} will answer anything. A claimed entry counts as due again when its lease ends.
 *
 * <p><b>Errors.</b> The two outcomes above are results, never exceptions. Anything else a store
 * cannot do it throws as {@link CaseStoreException} (or lets an unchecked exception of the
 * {@link UnitOfWork} through, having written nothing); the engine passes both to its caller.
 *
 * <p>Implementations must be thread-safe, and several engine instances (in one process or many)
 * may share one store.
 */
public interface CaseStore {

    /**
     * Appends the events of one command, with the case's snapshot, summary and due instant after
     * them and the caller's unit of work, atomically.
     *
     * @param append what to write, not null
     * @return what happened; nothing was written unless {@link AppendResult.Appended}
     * @throws CaseStoreException when the store failed; whether anything was written is unknown
     */
    AppendResult append(Append append);

    /**
     * Reads a case: its latest kept snapshot and the events after it.
     *
     * @param id the case, not null
     * @return the case, or empty when there is none
     */
    Optional<StoredCase> load(CaseId id);

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
     * The cases with an SLA alert due by {@code t} and not claimed (or claimed under a lease that
     * ended by {@code t}), earliest first.
     *
     * @param t the instant, not null
     * @param limit the most cases to return, at least 1
     * @return the due entries, at most {@code limit}
     */
    List<DueCase> due(Instant t, int limit);

    /**
     * The earliest instant at which {@link #due} answers anything: the earliest due instant of an
     * unclaimed entry, or the end of the lease of a claimed one.
     *
     * @return the instant, or empty when no alert is ahead
     */
    Optional<Instant> nextDue();

    /**
     * Claims a case's due alerts for a lease: succeeds only when the case is still at
     * {@code version}, its due instant is not after {@code now}, and no lease on it runs past
     * {@code now}. While the lease runs, {@link #due} leaves the case out; an append to the case
     * ends it.
     *
     * @param id the case, not null
     * @param version the version the caller read the due entry at
     * @param now the present instant, not null
     * @param until when the lease ends, after {@code now}
     * @return true when this caller holds the claim
     */
    boolean claim(CaseId id, long version, Instant now, Instant until);

    /**
     * Ends a claim that recorded nothing, setting the case's due instant anew when the case is
     * still at {@code version} (else nothing happens: a later append has already replaced both).
     *
     * @param id the case, not null
     * @param version the case's version the caller computed {@code nextDue} on
     * @param nextDue when the case's next alert falls due, at microsecond precision, or empty
     */
    void release(CaseId id, long version, Optional<Instant> nextDue);

    /**
     * One page of the open cases that match a query, in case id order, from the summaries kept
     * on every append (no replay).
     *
     * @param query what to match, not null
     * @param after the last case id of the previous page, or empty for the first page
     * @param limit the most cases on the page, at least 1
     * @return the page
     */
    Page openCases(CaseQuery query, Optional<CaseId> after, int limit);

    /**
     * Committed events of every case in position order, after a position (see the class
     * comment for the rule that makes resuming safe).
     *
     * @param after the last position the reader handled, 0 to start at the beginning
     * @param limit the most events to return, at least 1
     * @return the events, positions ascending and all above {@code after}
     */
    List<StoredEvent> read(long after, int limit);
}
