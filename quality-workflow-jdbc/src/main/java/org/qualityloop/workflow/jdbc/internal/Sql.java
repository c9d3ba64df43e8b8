package org.qualityloop.workflow.jdbc.internal;

/**
 * The statements of the store, per database. The two differ only in how a JSON parameter is
 * written (PostgreSQL casts text to jsonb; H2 needs {@code ? FORMAT JSON}, as a cast would store
 * a JSON string holding the text), in upserts, and in the global feed: PostgreSQL takes positions
 * from a sequence first in the appending transaction and records the transaction with each feed
 * row; H2 takes them from the counter row last.
 */
public final class Sql {

    /** Inserts the row of a new case. */
    public static final String INSERT_CASE = "INSERT INTO ql_case (case_id, version) VALUES (?, ?)";
    /** Moves a case's version on, if it is still at the expected one. */
    public static final String UPDATE_CASE = "UPDATE ql_case SET version = ? WHERE case_id = ? AND version = ?";
    /** A case's version. */
    public static final String CASE_VERSION = "SELECT version FROM ql_case WHERE case_id = ?";
    /** Inserts the summary of a new case. */
    public static final String INSERT_SUMMARY = "INSERT INTO ql_case_summary (version, state, is_open, owner_id, team_id,"
            + " priority, overdue, next_due, claimed_until, due_key, updated_at, case_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)";
    /** Replaces a case's summary: its due entry too, dropping any claim. */
    public static final String UPDATE_SUMMARY = "UPDATE ql_case_summary SET version = ?, state = ?, is_open = ?,"
            + " owner_id = ?, team_id = ?, priority = ?, overdue = ?, next_due = ?, claimed_until = NULL, due_key = ?,"
            + " updated_at = ? WHERE case_id = ?";
    /** A case's latest snapshot. */
    public static final String SNAPSHOT = "SELECT version, snapshot_schema, payload FROM ql_snapshot WHERE case_id = ?";
    /** A case's events after a sequence, in order. */
    public static final String EVENTS_AFTER = "SELECT payload FROM ql_event WHERE case_id = ? AND event_seq > ?"
            + " ORDER BY event_seq";
    /** The events of a command on a case, in order. */
    public static final String EVENTS_OF_COMMAND = "SELECT payload FROM ql_event WHERE case_id = ? AND command_id = ?"
            + " ORDER BY command_ordinal";
    /** The due index up to an instant. */
    public static final String DUE = "SELECT case_id, version, next_due FROM ql_case_summary"
            + " WHERE due_key <= ? ORDER BY due_key, case_id LIMIT ?";
    /** The earliest instant of the due index. */
    public static final String NEXT_DUE = "SELECT due_key FROM ql_case_summary WHERE due_key IS NOT NULL"
            + " ORDER BY due_key LIMIT 1";
    /** Locks a case's due entry if it can be claimed, skipping it when another transaction holds it. */
    public static final String CLAIMABLE = "SELECT next_due FROM ql_case_summary WHERE case_id = ? AND version = ?"
            + " AND next_due <= ? AND (claimed_until IS NULL OR claimed_until <= ?) FOR UPDATE SKIP LOCKED";
    /** Claims a locked due entry. */
    public static final String CLAIM = "UPDATE ql_case_summary SET claimed_until = ?, due_key = ? WHERE case_id = ?";
    /** Ends a claim, setting the due instant anew, if the case is still at the version. */
    public static final String RELEASE = "UPDATE ql_case_summary SET next_due = ?, claimed_until = NULL, due_key = ?"
            + " WHERE case_id = ? AND version = ?";
    /**
     * Keeps a case's personal data (customer id, name, phone, e-mail, text, then the case id)
     * unless the case holds some already or was erased.
     */
    public static final String INSERT_PERSONAL_DATA = "INSERT INTO ql_personal_data (case_id, customer_id, name, phone,"
            + " email, body) SELECT c.case_id, ?, ?, ?, ?, ? FROM ql_case c WHERE c.case_id = ?"
            + " AND NOT EXISTS (SELECT 1 FROM ql_case_erased e WHERE e.case_id = c.case_id)"
            + " AND NOT EXISTS (SELECT 1 FROM ql_personal_data d WHERE d.case_id = c.case_id)";
    /** Personal data by case: completed with {@code = ?} or {@code IN (?, ...)}. */
    public static final String PERSONAL_DATA = "SELECT case_id, customer_id, name, phone, email, body"
            + " FROM ql_personal_data WHERE case_id";
    /** The cases holding a customer's personal data, by the customer index. */
    public static final String CASES_OF_CUSTOMER = "SELECT case_id FROM ql_personal_data WHERE customer_id = ?"
            + " ORDER BY case_id";
    /** Locks a case's row, as every append to it does, for an erasure. */
    public static final String LOCK_CASE = "SELECT version FROM ql_case WHERE case_id = ? FOR UPDATE";
    /** Marks a case erased, unless it is already. */
    public static final String MARK_ERASED = "INSERT INTO ql_case_erased (case_id) SELECT c.case_id FROM ql_case c"
            + " WHERE c.case_id = ? AND NOT EXISTS (SELECT 1 FROM ql_case_erased e WHERE e.case_id = ?)";
    /** Deletes a case's personal data. */
    public static final String DELETE_PERSONAL_DATA = "DELETE FROM ql_personal_data WHERE case_id = ?";
    /** A named checkpoint. */
    public static final String CHECKPOINT = "SELECT feed_position FROM ql_checkpoint WHERE name = ?";

    /** Inserts an event. */
    public final String insertEvent;
    /** Inserts or replaces a case's snapshot. */
    public final String upsertSnapshot;
    /**
     * Takes positions: a count as the parameter; the result is the first position when
     * {@link #positionsFirst}, else the last.
     */
    public final String takePositions;
    /**
     * Whether positions are taken first in the appending transaction (PostgreSQL, from the
     * sequence, returning the first), rather than last (H2, from the counter row, returning the last).
     */
    public final boolean positionsFirst;
    /** Inserts the feed entry of an event: position, case id, sequence. */
    public final String insertFeed;
    /** The feed after a position, up to a number of rows, as far as readers may see it. */
    public final String readFeed;
    /** Inserts or replaces a named checkpoint. */
    public final String upsertCheckpoint;

    private Sql(String insertEvent, String upsertSnapshot, String takePositions, boolean positionsFirst,
            String insertFeed, String readFeed, String upsertCheckpoint) {
        this.insertEvent = insertEvent;
        this.upsertSnapshot = upsertSnapshot;
        this.takePositions = takePositions;
        this.positionsFirst = positionsFirst;
        this.insertFeed = insertFeed;
        this.readFeed = readFeed;
        this.upsertCheckpoint = upsertCheckpoint;
    }

    private static final String READ_FEED = "SELECT f.feed_position, e.payload FROM ql_feed f JOIN ql_event e"
            + " ON e.case_id = f.case_id AND e.event_seq = f.event_seq WHERE f.feed_position > ?";

    /**
     * The statements of PostgreSQL.
     *
     * @return the statements
     */
    public static Sql postgresql() {
        return new Sql(
                "INSERT INTO ql_event (case_id, event_seq, command_id, command_ordinal, event_type, occurred_at, payload)"
                        + " VALUES (?, ?, ?, ?, ?, ?, CAST(? AS JSONB))",
                "INSERT INTO ql_snapshot (case_id, version, snapshot_schema, payload) VALUES (?, ?, ?, CAST(? AS JSONB))"
                        + " ON CONFLICT (case_id) DO UPDATE SET version = EXCLUDED.version,"
                        + " snapshot_schema = EXCLUDED.snapshot_schema, payload = EXCLUDED.payload",
                "SELECT ql_take_positions(?)", true,
                "INSERT INTO ql_feed (feed_position, case_id, event_seq, tx_id) VALUES (?, ?, ?, pg_current_xact_id())",
                // Only rows of transactions older than every one still running: none of those can
                // still add a position below them (V3__feed_sequence.sql).
                READ_FEED + " AND (f.tx_id IS NULL OR f.tx_id < pg_snapshot_xmin(pg_current_snapshot()))"
                        + " ORDER BY f.feed_position LIMIT ?",
                "INSERT INTO ql_checkpoint (name, feed_position, updated_at) VALUES (?, ?, CURRENT_TIMESTAMP)"
                        + " ON CONFLICT (name) DO UPDATE SET feed_position = EXCLUDED.feed_position,"
                        + " updated_at = EXCLUDED.updated_at");
    }

    /**
     * The statements of H2.
     *
     * @return the statements
     */
    public static Sql h2() {
        return new Sql(
                "INSERT INTO ql_event (case_id, event_seq, command_id, command_ordinal, event_type, occurred_at, payload)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ? FORMAT JSON)",
                "MERGE INTO ql_snapshot (case_id, version, snapshot_schema, payload) KEY (case_id)"
                        + " VALUES (?, ?, ?, ? FORMAT JSON)",
                "SELECT last_position FROM FINAL TABLE (UPDATE ql_feed_counter SET last_position = last_position + ?"
                        + " WHERE id = 1)", false,
                "INSERT INTO ql_feed (feed_position, case_id, event_seq) VALUES (?, ?, ?)",
                READ_FEED + " ORDER BY f.feed_position LIMIT ?",
                "MERGE INTO ql_checkpoint (name, feed_position, updated_at) KEY (name) VALUES (?, ?, CURRENT_TIMESTAMP)");
    }
}
