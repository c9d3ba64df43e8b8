package org.qualityloop.workflow.jdbc.internal;

import java.sql.SQLException;

/**
 * What a failed statement means, read from its SQLState (never from the driver's exception
 * class, which differs between drivers: PostgreSQL's does not throw
 * {@code SQLIntegrityConstraintViolationException}).
 */
public enum SqlStates {

    /** 23505: a unique key was violated; re-read to tell a duplicate command from a conflict. */
    UNIQUE_VIOLATION,

    /** 40001 or 40P01: a serialization failure or a deadlock; the transaction may be retried. */
    RETRY,

    /**
     * Class 08, or H2's 90067 (connection broken), 90098 (database closed) and 90121 (session
     * closed, as {@code ABORT_SESSION} or a shutdown leaves it): the connection failed; whether a
     * commit happened is unknown.
     */
    CONNECTION,

    /** 57014 or HYT00: the statement timed out or was cancelled (H2's lock timeout is HYT00). */
    TIMEOUT,

    /** Anything else. */
    OTHER;

    /**
     * Classifies an exception by the first SQLState in its chain (the exception, the next
     * exceptions of a batch, and the causes).
     *
     * @param e the exception
     * @return its kind
     */
    public static SqlStates of(SQLException e) {
        SqlStates found = OTHER;
        int guard = 0;
        for (Throwable t = e; t != null && guard < 32; guard++) {
            if (t instanceof SQLException s) {
                SqlStates kind = ofState(s.getSQLState());
                if (kind != OTHER) {
                    return kind;
                }
                t = s.getNextException() != null ? s.getNextException() : s.getCause();
            } else {
                t = t.getCause();
            }
        }
        return found;
    }

    /**
     * Classifies one SQLState.
     *
     * @param state the state, may be null
     * @return its kind
     */
    public static SqlStates ofState(String state) {
        if (state == null) {
            return OTHER;
        }
        if (state.equals("23505")) {
            return UNIQUE_VIOLATION;
        }
        if (state.equals("40001") || state.equals("40P01")) {
            return RETRY;
        }
        if (state.startsWith("08") || state.equals("90067") || state.equals("90098") || state.equals("90121")) {
            return CONNECTION;
        }
        if (state.equals("57014") || state.equals("HYT00")) {
            return TIMEOUT;
        }
        return OTHER;
    }
}
