package org.qualityloop.workflow.store;

import java.util.Objects;

/**
 * A store could not do what it was asked: the database is down, a transaction was aborted for a
 * reason other than the two the SPI names (a stale version, a duplicate command), a connection
 * timed out. The engine passes it on to the caller unchanged; whether an append it interrupted
 * was written is unknown, so the caller retries the command with the same command id, which is
 * safe. Messages name cases, versions and command ids, never personal data.
 */
public class CaseStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a failure the store detected itself.
     *
     * @param message what failed, naming the case or position; not null
     * @throws NullPointerException when {@code message} is null
     */
    public CaseStoreException(String message) {
        super(Objects.requireNonNull(message, "message"));
    }

    /**
     * Creates the exception for a storage error.
     *
     * @param message what failed, naming the case or position; not null
     * @param cause the storage error; may be null when there is none (as
     *     {@link #CaseStoreException(String)}), so that a store can pass on the last error of a retry
     *     loop that may have seen none
     * @throws NullPointerException when {@code message} is null
     */
    public CaseStoreException(String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
    }
}
