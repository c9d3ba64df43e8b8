package org.qualityloop.workflow.store;

/**
 * An integrator's own writes that must commit or roll back together with an append, e.g. a
 * compensation payment recorded with the {@code RecoveryRecorded} event that reports it. The
 * store calls it inside its atomic write, after the version and command checks passed and the
 * events were written, before the commit; if it throws, nothing of the append is written and the
 * exception reaches the caller of {@code CaseService.execute}. It is not called for a rejected
 * command, a stale version or a retried command id.
 */
@FunctionalInterface
public interface UnitOfWork {

    /** Nothing of one's own to write. */
    UnitOfWork NONE = tx -> { };

    /**
     * Writes within the store's transaction.
     *
     * @param transaction the append and the store's resources (e.g. its JDBC connection), not null
     */
    void join(StoreTransaction transaction);
}
