package org.qualityloop.workflow.jdbc;

import javax.sql.DataSource;

/** The JDBC store's own behaviour on PostgreSQL; skipped without a server (failed under CI). */
class PostgresCaseStoreTest extends JdbcCaseStoreBehaviour {
    @Override
    DataSource dataSource() {
        return Databases.postgres();
    }
}
