package org.qualityloop.workflow.machine;

/**
 * What firing an event produced: a {@link Transition} when the event was accepted, or a
 * {@link Rejection} saying why it was not. Rejections are results, not exceptions.
 *
 * @param <S> the state type
 * @param <E> the event type
 */
public sealed interface Outcome<S, E> permits Transition, Rejection {

    /**
     * Whether the event was accepted.
     *
     * @return {@code true} for a {@link Transition}
     */
    boolean isAccepted();

    /**
     * The state the event was fired in.
     *
     * @return the source state
     */
    S source();

    /**
     * The event fired.
     *
     * @return the event
     */
    E event();

    /**
     * The state after firing: the target of a transition, or the unchanged source of a
     * rejection.
     *
     * @return the resulting state
     */
    S state();
}
