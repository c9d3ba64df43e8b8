package org.qualityloop.workflow.machine;

/**
 * Observes transitions taken by a machine, after all actions and hooks have run.
 *
 * <p>A listener that throws a {@link RuntimeException} is caught and logged at warn (state, event and the exception type
 * only, never the payload); the transition stands and later listeners are still told.
 * Listeners are called on the firing thread and must be thread-safe if the machine is shared.
 *
 * @param <S> the state type
 * @param <E> the event type
 * @param <C> the context type
 * @param <P> the event payload type
 */
@FunctionalInterface
public interface TransitionListener<S, E, C, P> {

    /**
     * Called once per accepted event.
     *
     * @param transition the transition taken, not null
     * @param context    the caller's context, not null
     * @param payload    the event's payload, not null
     */
    void onTransition(Transition<S, E> transition, C context, P payload);
}
