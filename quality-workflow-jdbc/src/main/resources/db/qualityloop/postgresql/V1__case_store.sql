-- Quality Loop case store, schema version 1, for PostgreSQL 14 or newer.
-- Applied by JdbcSchema.migrate(), or by Flyway or Liquibase pointed at db/qualityloop/postgresql.
-- Every statement ends with a semicolon at the end of a line; the last one records the version.
-- Case ids use the "C" collation so that they sort as CaseId does (by code point).

-- The schema versions applied; JdbcCaseStore checks the highest at start-up.
CREATE TABLE ql_schema_version (
    version      INTEGER PRIMARY KEY,
    description  VARCHAR(200) NOT NULL,
    installed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- One row per case: its version (the sequence of its last event), compared and set by every append.
CREATE TABLE ql_case (
    case_id VARCHAR(128) COLLATE "C" PRIMARY KEY,
    version BIGINT NOT NULL CHECK (version > 0)
);

-- The events, the source of truth. The change and everything else is in the JSON payload; the
-- other columns are keys and what an operator reads at a glance. command_ordinal numbers the
-- events of one command from 0, so a command recorded twice on a case breaks ql_event_command.
CREATE TABLE ql_event (
    case_id         VARCHAR(128) COLLATE "C" NOT NULL REFERENCES ql_case (case_id),
    event_seq       BIGINT NOT NULL CHECK (event_seq > 0),
    command_id      VARCHAR(256) NOT NULL,
    command_ordinal INTEGER NOT NULL CHECK (command_ordinal >= 0),
    event_type      VARCHAR(64) NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    payload         JSONB NOT NULL,
    PRIMARY KEY (case_id, event_seq),
    CONSTRAINT ql_event_command UNIQUE (case_id, command_id, command_ordinal)
);

-- The global feed: a position per event, taken from ql_feed_counter as the last write of the
-- appending transaction, so positions follow the order of commits.
CREATE TABLE ql_feed_counter (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    last_position BIGINT NOT NULL CHECK (last_position >= 0)
);
INSERT INTO ql_feed_counter (id, last_position) VALUES (1, 0);

CREATE TABLE ql_feed (
    feed_position BIGINT PRIMARY KEY CHECK (feed_position > 0),
    case_id  VARCHAR(128) COLLATE "C" NOT NULL,
    event_seq BIGINT NOT NULL,
    CONSTRAINT ql_feed_event UNIQUE (case_id, event_seq),
    FOREIGN KEY (case_id, event_seq) REFERENCES ql_event (case_id, event_seq)
);

-- The latest snapshot kept per case (JSON of quality-jackson, schema in snapshot_schema).
CREATE TABLE ql_snapshot (
    case_id         VARCHAR(128) COLLATE "C" PRIMARY KEY REFERENCES ql_case (case_id),
    version         BIGINT NOT NULL CHECK (version > 0),
    snapshot_schema INTEGER NOT NULL,
    payload         JSONB NOT NULL
);

-- The summary of every case and its SLA due entry: next_due is when its next alert falls due
-- (whole microseconds), claimed_until the end of a claim's lease, due_key the instant the due
-- index answers it at (the lease end while claimed, else next_due). overdue lists the targets
-- a case is overdue on by their codes, as ',first_response,resolution,'.
CREATE TABLE ql_case_summary (
    case_id       VARCHAR(128) COLLATE "C" PRIMARY KEY REFERENCES ql_case (case_id),
    version       BIGINT NOT NULL CHECK (version > 0),
    state         VARCHAR(32) NOT NULL,
    is_open       BOOLEAN NOT NULL,
    owner_id      VARCHAR(128),
    team_id       VARCHAR(128),
    priority      VARCHAR(32),
    overdue       VARCHAR(4000) NOT NULL,
    next_due      TIMESTAMP(6) WITH TIME ZONE,
    claimed_until TIMESTAMP(6) WITH TIME ZONE,
    due_key       TIMESTAMP(6) WITH TIME ZONE,
    updated_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX ql_case_summary_due ON ql_case_summary (due_key, case_id) WHERE due_key IS NOT NULL;
CREATE INDEX ql_case_summary_open ON ql_case_summary (case_id) WHERE is_open;

-- Named positions in the global feed, saved by readers (JdbcCaseStore.saveCheckpoint).
CREATE TABLE ql_checkpoint (
    name       VARCHAR(200) PRIMARY KEY,
    feed_position BIGINT NOT NULL CHECK (feed_position >= 0),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

INSERT INTO ql_schema_version (version, description) VALUES (1, 'case store');
