package org.qualityloop.workflow.machine;

/**
 * Work done when a transition is taken: a transition's own action, or a state's entry or exit
 * hook. It sees the typed context and the event's payload.
 *
 * <p>Actions run on the firing thread, in this order: exit hooks of the source state,
 * the transition's action, entry hooks of the target state. An action that throws aborts the
 * firing: the exception reaches the caller of {@code fire} and no listener is told.
 *
 * @param <C> the context type
 * @param <P> the event payload type
 */
@FunctionalInterface
public interface Action<C, P> {

    /**
     * Performs the action.
     *
     * @param context the caller's context, not null
     * @param payload the event's payload, not null
     */
    void execute(C context, P payload);
}
