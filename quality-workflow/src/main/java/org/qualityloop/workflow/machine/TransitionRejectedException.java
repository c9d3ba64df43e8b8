package org.qualityloop.workflow.machine;

import java.util.Objects;

/**
 * Thrown by {@link StateMachine#fireOrThrow} when an event is rejected.
 *
 * <p>It carries the {@link Rejection}, so callers can read the state, the event, the kind and
 * the reason. The message names the state, the event and the reason, never the payload.
 */
public final class TransitionRejectedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The rejection; transient because states and events need not be serializable. */
    private final transient Rejection<?, ?> rejection;

    /**
     * Wraps a rejection.
     *
     * @param rejection the rejection, not null
     */
    public TransitionRejectedException(Rejection<?, ?> rejection) {
        super(Objects.requireNonNull(rejection, "rejection").message());
        this.rejection = rejection;
    }

    /**
     * The rejection this exception reports.
     *
     * @return the rejection; after Java deserialization it is no longer available, and this
     *         method throws {@link IllegalStateException}
     */
    public Rejection<?, ?> rejection() {
        if (rejection == null) {
            throw new IllegalStateException("rejection is not available after deserialization");
        }
        return rejection;
    }

    /**
     * The state the event was fired in.
     *
     * @return the state
     */
    public Object state() {
        return rejection().state();
    }

    /**
     * The rejected event.
     *
     * @return the event
     */
    public Object event() {
        return rejection().event();
    }

    /**
     * Why it was rejected.
     *
     * @return the kind
     */
    public RejectionKind kind() {
        return rejection().kind();
    }
}
