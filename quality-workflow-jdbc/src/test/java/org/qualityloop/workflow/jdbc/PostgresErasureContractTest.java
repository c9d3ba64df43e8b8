package org.qualityloop.workflow.jdbc;

import org.qualityloop.workflow.testkit.ErasureContract;

/** The erasure contract suite on PostgreSQL, in a new schema per test; skipped without a server (failed under CI). */
class PostgresErasureContractTest extends ErasureContract<JdbcCaseStore> {
    @Override
    protected JdbcCaseStore newStore() {
        return JdbcCaseStore.builder(Databases.postgres()).snapshotEvery(1).migrate().build();
    }
}
