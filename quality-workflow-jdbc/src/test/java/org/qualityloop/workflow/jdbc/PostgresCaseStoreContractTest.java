package org.qualityloop.workflow.jdbc;

import org.qualityloop.workflow.store.CaseStore;
import org.qualityloop.workflow.testkit.CaseStoreContract;

/** The contract suite on PostgreSQL, in a new schema per test; skipped without a server (failed under CI). */
class PostgresCaseStoreContractTest extends CaseStoreContract {
    @Override
    protected CaseStore newStore() {
        return JdbcCaseStore.builder(Databases.postgres()).migrate().build();
    }
}
