package org.qualityloop.workflow.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** The JDBC store's personal data on PostgreSQL; skipped without a server (failed under CI). */
class PostgresErasureTest extends JdbcErasureBehaviour {

    @Override
    DataSource dataSource() {
        return Databases.postgres();
    }

    @Override
    long lockWaiters(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT COUNT(*) FROM pg_locks WHERE NOT granted")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
