package org.qualityloop.workflow.jdbc;

import org.qualityloop.workflow.store.CaseStore;
import org.qualityloop.workflow.testkit.CaseStoreContract;

/** The contract suite on H2 in memory. */
class H2MemoryCaseStoreContractTest extends CaseStoreContract {
    @Override
    protected CaseStore newStore() {
        return JdbcCaseStore.builder(Databases.h2()).migrate().build();
    }
}
