package org.qualityloop.workflow.machine;

import java.util.Objects;

/**
 * An event that was not accepted: the state stays as it was and no action ran.
 *
 * <p>Immutable and thread-safe. Rejections for a missing transition are pre-built by the
 * machine and shared; a guard refusal carries the guard's reason.
 *
 * @param <S> the state type
 * @param <E> the event type
 */
public final class Rejection<S, E> implements Outcome<S, E> {

    private final S state;
    private final E event;
    private final RejectionKind kind;
    private final String reason;

    Rejection(S state, E event, RejectionKind kind, String reason) {
        this.state = Objects.requireNonNull(state, "state");
        this.event = Objects.requireNonNull(event, "event");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    @Override
    public boolean isAccepted() {
        return false;
    }

    @Override
    public S source() {
        return state;
    }

    @Override
    public E event() {
        return event;
    }

    /**
     * The unchanged state.
     *
     * @return the state the event was fired in
     */
    @Override
    public S state() {
        return state;
    }

    /**
     * Why the event was rejected.
     *
     * @return the kind of rejection
     */
    public RejectionKind kind() {
        return kind;
    }

    /**
     * The explanation: for {@link RejectionKind#GUARD_REFUSED} the first refusing guard's
     * reason, for {@link RejectionKind#NO_TRANSITION} a sentence naming state and event.
     *
     * @return the reason, not blank
     */
    public String reason() {
        return reason;
    }

    /**
     * A message naming state, event and reason, as used by {@link TransitionRejectedException}.
     *
     * @return the message
     */
    public String message() {
        return switch (kind) {
            case NO_TRANSITION -> "event " + event + " is not allowed in state " + state;
            case GUARD_REFUSED -> "event " + event + " refused in state " + state + ": " + reason;
        };
    }

    @Override
    public String toString() {
        return "Rejection[" + kind + ", " + message() + "]";
    }
}
