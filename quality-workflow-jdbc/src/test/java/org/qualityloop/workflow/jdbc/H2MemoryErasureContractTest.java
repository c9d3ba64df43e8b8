package org.qualityloop.workflow.jdbc;

import org.qualityloop.workflow.testkit.ErasureContract;

/** The erasure contract suite on H2 in memory. */
class H2MemoryErasureContractTest extends ErasureContract<JdbcCaseStore> {
    @Override
    protected JdbcCaseStore newStore() {
        return JdbcCaseStore.builder(Databases.h2()).migrate().build();
    }
}
