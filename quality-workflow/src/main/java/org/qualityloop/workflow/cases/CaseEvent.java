package org.qualityloop.workflow.cases;

import java.time.Instant;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.internal.Checks;

/**
 * One entry of a case's history: a {@link CaseChange} with who made it, when, under which
 * command, and its place in the history. The current case is the fold of its history
 * ({@link FeedbackLifecycle#replay(java.util.List)}).
 *
 * <p>Sequence numbers start at 1 with the {@link CaseChange.Received} event and rise by one; the
 * case's version is the sequence of its last event. One command may record several events (the
 * engine adds the SLA targets after a registration, an escalation after a breach); they share
 * the command id and the instant.
 *
 * <p>JSON (see {@code docs/workflow.md}): {@code {"schema":1,"case":"…","sequence":1,
 * "command":"…","actor":{"kind":"AGENT","id":"…"},"at":"…","change":{"type":"received",…}}}.
 * {@code schema} is {@link #SCHEMA_VERSION} when written; histories written by earlier versions
 * are read and upgraded by {@code org.qualityloop.jackson.CaseHistoryJson}
 * (module {@code quality-jackson}). Immutable and thread-safe.
 *
 * @param schema the version of the JSON shape this event was written in, 1 to {@link #SCHEMA_VERSION}
 * @param caseId the case, not null
 * @param sequence the position in the history, from 1
 * @param commandId the command that recorded it, not null
 * @param actor who made the change, not null
 * @param at when, not null
 * @param change what happened, not null
 */
public record CaseEvent(
        int schema,
        CaseId caseId,
        long sequence,
        CommandId commandId,
        Actor actor,
        Instant at,
        CaseChange change) {

    /** The version of the JSON shape this library writes. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * Validates the event.
     *
     * @param schema the version of the JSON shape this event was written in, 1 to {@link
     *     #SCHEMA_VERSION}
     * @param caseId the case, not null
     * @param sequence the position in the history, from 1
     * @param commandId the command that recorded it, not null
     * @param actor who made the change, not null
     * @param at when, not null
     * @param change what happened, not null
     * @throws IllegalArgumentException when the schema is unknown or the sequence is below 1
     */
    public CaseEvent {
        if (schema < 1 || schema > SCHEMA_VERSION) {
            throw new IllegalArgumentException("schema must be between 1 and " + SCHEMA_VERSION + ", but was "
                    + schema + (schema > SCHEMA_VERSION ? " (written by a newer version of Quality Loop)" : ""));
        }
        Checks.notNull(caseId, "case");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be at least 1, but was " + sequence);
        }
        Checks.notNull(commandId, "command");
        Checks.notNull(actor, "actor");
        Checks.notNull(at, "at");
        Checks.notNull(change, "change");
    }

    /**
     * An event in the current schema.
     *
     * @param caseId the case, not null
     * @param sequence the position in the history, from 1
     * @param commandId the command, not null
     * @param actor who, not null
     * @param at when, not null
     * @param change what, not null
     * @return the event
     */
    public static CaseEvent of(CaseId caseId, long sequence, CommandId commandId, Actor actor, Instant at,
            CaseChange change) {
        return new CaseEvent(SCHEMA_VERSION, caseId, sequence, commandId, actor, at, change);
    }

    /**
     * The kind of change, as the state machine sees it.
     *
     * @return {@code change().type()}
     */
    public CaseEventType type() {
        return change.type();
    }
}
