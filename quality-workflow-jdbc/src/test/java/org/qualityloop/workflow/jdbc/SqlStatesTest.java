package org.qualityloop.workflow.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.qualityloop.workflow.jdbc.internal.SqlStates;

/** Failures are classified by SQLState, wherever it sits in the chain, never by exception class. */
class SqlStatesTest {

    @Test
    void of_readsTheStateNotTheClass() {
        assertThat(SqlStates.of(new SQLException("duplicate key", "23505"))).isEqualTo(SqlStates.UNIQUE_VIOLATION);
        assertThat(SqlStates.of(new SQLException("could not serialize", "40001"))).isEqualTo(SqlStates.RETRY);
        assertThat(SqlStates.of(new SQLException("deadlock detected", "40P01"))).isEqualTo(SqlStates.RETRY);
        assertThat(SqlStates.of(new SQLException("terminating connection", "08006"))).isEqualTo(SqlStates.CONNECTION);
        assertThat(SqlStates.of(new SQLException("connection broken", "90067"))).isEqualTo(SqlStates.CONNECTION);
        assertThat(SqlStates.of(new SQLException("database is closed", "90098"))).isEqualTo(SqlStates.CONNECTION);
        assertThat(SqlStates.of(new SQLException("session closed", "90121"))).isEqualTo(SqlStates.CONNECTION);
        assertThat(SqlStates.of(new SQLException("object closed", "90007"))).isEqualTo(SqlStates.OTHER);
        assertThat(SqlStates.of(new SQLException("canceling statement", "57014"))).isEqualTo(SqlStates.TIMEOUT);
        assertThat(SqlStates.of(new SQLException("lock timeout", "HYT00"))).isEqualTo(SqlStates.TIMEOUT);
        assertThat(SqlStates.of(new SQLException("syntax", "42601"))).isEqualTo(SqlStates.OTHER);
        assertThat(SqlStates.of(new SQLException("no state"))).isEqualTo(SqlStates.OTHER);
    }

    @Test
    void of_aBatchFailure_readsTheNextException() {
        BatchUpdateException batch = new BatchUpdateException("batch entry 0 failed", null, 0, new int[0], null);
        batch.setNextException(new SQLException("duplicate key", "23505"));
        assertThat(SqlStates.of(batch)).isEqualTo(SqlStates.UNIQUE_VIOLATION);
        SQLException wrapped = new SQLException("outer", "HY000", new SQLException("connection reset", "08003"));
        assertThat(SqlStates.of(wrapped)).isEqualTo(SqlStates.CONNECTION);
    }
}
