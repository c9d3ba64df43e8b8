package org.qualityloop.workflow.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** A data source whose connections fail their next commits with an SQLState, then work again. */
final class FailingDataSource {

    private FailingDataSource() {
    }

    /**
     * Wraps a data source.
     *
     * @param delegate the real database
     * @param state the SQLState the failing commits report
     * @param failures how many commits fail
     * @return the data source
     */
    static DataSource failingCommits(DataSource delegate, String state, int failures) {
        AtomicInteger left = new AtomicInteger(failures);
        return (DataSource) Proxy.newProxyInstance(FailingDataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object r = invoke(delegate, method, args);
                    if (r instanceof Connection c && method.getName().equals("getConnection")) {
                        return connection(c, state, left);
                    }
                    return r;
                });
    }

    private static Connection connection(Connection real, String state, AtomicInteger left) {
        return (Connection) Proxy.newProxyInstance(FailingDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("commit") && left.getAndDecrement() > 0) {
                        throw new SQLException("injected failure", state);
                    }
                    return invoke(real, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
