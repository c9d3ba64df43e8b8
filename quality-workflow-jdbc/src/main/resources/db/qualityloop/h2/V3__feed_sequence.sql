-- Quality Loop case store, schema version 3, for H2 2.x. Applied by JdbcSchema.migrate(), or by
-- Flyway or Liquibase pointed at db/qualityloop/h2, after V2__personal_data.sql. Version 3 takes
-- feed positions from a sequence on PostgreSQL; H2 has no equivalent of its transaction
-- snapshots, so it keeps the counter row of version 1 and only records the version.

INSERT INTO ql_schema_version (version, description) VALUES (3, 'feed positions from a sequence');
