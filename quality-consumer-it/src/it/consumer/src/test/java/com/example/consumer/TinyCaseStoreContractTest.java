package com.example.consumer;

import org.qualityloop.workflow.store.CaseStore;
import org.qualityloop.workflow.testkit.CaseStoreContract;

/** A store of the user's own runs the published contract suite. */
class TinyCaseStoreContractTest extends CaseStoreContract {

    @Override
    protected CaseStore newStore() {
        return new TinyCaseStore();
    }
}
