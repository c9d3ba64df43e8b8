package org.qualityloop.workflow.store;

import java.util.Optional;

/**
 * The store's atomic write as a {@link UnitOfWork} sees it: the append being written and whatever
 * resource the store writes with. A JDBC store answers {@code resource(java.sql.Connection.class)}
 * with the connection of its open transaction; {@link InMemoryCaseStore} has no resource (its
 * unit of work runs while the case is locked). Valid only during {@link UnitOfWork#join}.
 */
public interface StoreTransaction {

    /**
     * Returns the append being written.
     *
     * @return the append being written
     */
    Append append();

    /**
     * The store's resource of a type, to write with in the same transaction.
     *
     * @param type the resource's type, not null
     * @param <T> the type
     * @return the resource, or empty when the store has none of that type
     */
    <T> Optional<T> resource(Class<T> type);
}
