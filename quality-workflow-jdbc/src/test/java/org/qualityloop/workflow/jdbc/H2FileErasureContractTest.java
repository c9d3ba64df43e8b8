package org.qualityloop.workflow.jdbc;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.qualityloop.workflow.testkit.ErasureContract;

/** The erasure contract suite on H2 in a file, keeping every snapshot, so that each is split and joined. */
class H2FileErasureContractTest extends ErasureContract<JdbcCaseStore> {

    @TempDir
    static Path dir;

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Override
    protected JdbcCaseStore newStore() {
        return JdbcCaseStore.builder(JdbcCaseStore.h2File(dir.resolve("erasure-" + COUNTER.incrementAndGet())))
                .snapshotEvery(1).migrate().build();
    }
}
