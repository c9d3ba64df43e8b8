-- Quality Loop case store, schema version 3, for PostgreSQL 14 or newer: feed positions from a
-- sequence. Applied by JdbcSchema.migrate(), or by Flyway or Liquibase pointed at
-- db/qualityloop/postgresql, after V2__personal_data.sql. Stop every instance of an older release
-- before applying it. Every statement ends with a semicolon at the end of a line; the last one
-- records the version.

-- Positions are taken from this sequence at the start of the appending transaction, instead of
-- from the counter row updated last (which held every commit behind the one before it). It
-- continues after the counter.
CREATE SEQUENCE ql_feed_seq AS BIGINT MINVALUE 1;
SELECT setval('ql_feed_seq', last_position + 1, false) FROM ql_feed_counter;
DROP TABLE ql_feed_counter;

-- The transaction that wrote the row. NULL for rows written at version 2, all committed before
-- this script ran. A reader returns only rows of transactions older than every transaction still
-- running (pg_snapshot_xmin of its snapshot): since ql_take_positions gives transaction ids and
-- positions in the same order, no transaction still running can add a position below them.
ALTER TABLE ql_feed ADD COLUMN tx_id xid8;

-- Takes n positions for the calling transaction, which must not have a transaction id yet: under
-- a lock held only for this call, it is given its transaction id and then its positions, so that
-- transaction ids and positions are in the same order. Returns the first of the n positions,
-- which are consecutive. The lock is a session lock, so that commits do not wait for it: it is
-- released on any error too (and by the server when the connection ends).
CREATE FUNCTION ql_take_positions(n INTEGER) RETURNS BIGINT LANGUAGE plpgsql AS $$
DECLARE
    first_position BIGINT;
BEGIN
    IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
        RAISE EXCEPTION 'ql_take_positions must be the first write of its transaction';
    END IF;
    PERFORM pg_advisory_lock(7163021585);
    BEGIN
        PERFORM pg_current_xact_id();
        SELECT min(p) INTO first_position FROM (SELECT nextval('ql_feed_seq') AS p FROM generate_series(1, n)) s;
    EXCEPTION WHEN OTHERS THEN
        PERFORM pg_advisory_unlock(7163021585);
        RAISE;
    END;
    PERFORM pg_advisory_unlock(7163021585);
    RETURN first_position;
END;
$$;

INSERT INTO ql_schema_version (version, description) VALUES (3, 'feed positions from a sequence');
