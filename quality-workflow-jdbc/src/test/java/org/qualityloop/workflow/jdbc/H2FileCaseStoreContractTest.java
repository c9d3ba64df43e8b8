package org.qualityloop.workflow.jdbc;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.qualityloop.workflow.store.CaseStore;
import org.qualityloop.workflow.testkit.CaseStoreContract;

/**
 * The contract suite on H2 in a file, through the store's own factory (WRITE_DELAY=0), keeping
 * every snapshot. The stores on an H2 file run one write transaction at a time.
 */
class H2FileCaseStoreContractTest extends CaseStoreContract {

    @TempDir
    static Path dir;

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Override
    protected boolean appendsRunSideBySide() {
        return false;
    }

    @Override
    protected CaseStore newStore() {
        return JdbcCaseStore.builder(JdbcCaseStore.h2File(dir.resolve("cases-" + COUNTER.incrementAndGet())))
                .snapshotEvery(1).migrate().build();
    }
}
