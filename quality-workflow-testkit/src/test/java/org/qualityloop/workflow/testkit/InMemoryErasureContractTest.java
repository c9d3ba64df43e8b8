package org.qualityloop.workflow.testkit;

import org.qualityloop.workflow.store.InMemoryCaseStore;

/** The in-memory store keeps the erasure contract. */
class InMemoryErasureContractTest extends ErasureContract<InMemoryCaseStore> {

    @Override
    protected InMemoryCaseStore newStore() {
        return new InMemoryCaseStore();
    }
}
