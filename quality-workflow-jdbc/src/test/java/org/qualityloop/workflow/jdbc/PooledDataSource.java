package org.qualityloop.workflow.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.sql.DataSource;

/**
 * A minimal connection pool for the tests that run many short operations on PostgreSQL, where
 * opening a connection per operation (with password authentication) costs more than the
 * operation. Closing a connection hands it back; one that failed (closed by the driver, or
 * refusing the rollback and reset) is dropped instead. Unbounded: as many connections as
 * threads use at once.
 */
final class PooledDataSource {

    private PooledDataSource() {
    }

    /**
     * Pools the connections of a data source.
     *
     * @param delegate where new connections come from
     * @return the pooled data source
     */
    static DataSource of(DataSource delegate) {
        ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();
        return (DataSource) Proxy.newProxyInstance(PooledDataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection") && (args == null || args.length == 0)) {
                        Connection real = idle.poll();
                        return lease(real != null ? real : delegate.getConnection(), idle);
                    }
                    return invoke(delegate, method, args);
                });
    }

    private static Connection lease(Connection real, ConcurrentLinkedQueue<Connection> idle) {
        boolean[] closed = {false};
        return (Connection) Proxy.newProxyInstance(PooledDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            if (!closed[0]) {
                                closed[0] = true;
                                giveBack(real, idle);
                            }
                            return null;
                        case "isClosed":
                            return closed[0] || real.isClosed();
                        default:
                            if (closed[0]) {
                                throw new SQLException("connection closed", "08003");
                            }
                            return invoke(real, method, args);
                    }
                });
    }

    private static void giveBack(Connection real, ConcurrentLinkedQueue<Connection> idle) throws SQLException {
        try {
            if (real.isClosed()) {
                return;
            }
            if (!real.getAutoCommit()) {
                real.rollback();
                real.setAutoCommit(true);
            }
            idle.add(real);
        } catch (SQLException e) {
            real.close();
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
