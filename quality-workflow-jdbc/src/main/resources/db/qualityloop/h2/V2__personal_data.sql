-- Quality Loop case store, schema version 2, for H2 2.x: personal data kept apart.
-- Applied by JdbcSchema.migrate(), or by Flyway or Liquibase pointed at db/qualityloop/h2,
-- after V1__case_store.sql. Every statement ends with a semicolon at the end of a line; the last
-- one records the version.

-- The personal data of each case (PersonalData: the customer's name, phone and e-mail and the
-- text they wrote), taken out of its received event and snapshots, which are stored without it.
-- customer_id is empty for anonymous feedback. Erasing a customer or a case deletes the row.
CREATE TABLE ql_personal_data (
    case_id     VARCHAR(128) PRIMARY KEY REFERENCES ql_case (case_id),
    customer_id VARCHAR(128),
    name        CHARACTER VARYING,
    phone       CHARACTER VARYING,
    email       CHARACTER VARYING,
    body        CHARACTER VARYING
);
-- Finds a customer's cases to erase.
CREATE INDEX ql_personal_data_customer ON ql_personal_data (customer_id);

-- The cases whose personal data was erased: personal data offered for them again (a snapshot from
-- an engine that read the case before the erasure) is not kept.
CREATE TABLE ql_case_erased (
    case_id   VARCHAR(128) PRIMARY KEY REFERENCES ql_case (case_id),
    erased_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

INSERT INTO ql_schema_version (version, description) VALUES (2, 'personal data kept apart');
