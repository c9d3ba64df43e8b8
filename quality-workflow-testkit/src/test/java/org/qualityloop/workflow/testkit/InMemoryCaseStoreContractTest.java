package org.qualityloop.workflow.testkit;

import org.qualityloop.workflow.store.CaseStore;
import org.qualityloop.workflow.store.InMemoryCaseStore;

/** The in-memory store keeps the store contract. */
class InMemoryCaseStoreContractTest extends CaseStoreContract {

    @Override
    protected CaseStore newStore() {
        return new InMemoryCaseStore();
    }
}
