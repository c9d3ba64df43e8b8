package org.qualityloop.workflow.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** The JDBC store's personal data on H2 in memory. */
class H2ErasureTest extends JdbcErasureBehaviour {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Override
    DataSource dataSource() {
        return new UrlDataSource("jdbc:h2:mem:ql-erasure-" + COUNTER.incrementAndGet()
                + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=120000", new Properties());
    }

    @Override
    long lockWaiters(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
