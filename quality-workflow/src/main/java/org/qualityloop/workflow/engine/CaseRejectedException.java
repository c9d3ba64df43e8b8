package org.qualityloop.workflow.engine;

import org.qualityloop.model.internal.Checks;

/**
 * Thrown by {@link CaseService#executeOrThrow} when a command is rejected; it carries the
 * rejection. The message names the case, its state and the event, never personal data.
 */
public final class CaseRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The rejection; records are serializable only if their components are, so it is transient. */
    private final transient CommandResult.Rejected rejection;

    /**
     * Creates the exception.
     *
     * @param rejection the rejection, not null
     */
    public CaseRejectedException(CommandResult.Rejected rejection) {
        super(Checks.notNull(rejection, "rejection").message());
        this.rejection = rejection;
    }

    /**
     * Returns the rejection.
     *
     * @return the rejection
     */
    public CommandResult.Rejected rejection() {
        return rejection;
    }
}
