package org.qualityloop.workflow.machine;

/**
 * A transition with its typed guard and action and the hooks it runs; package-private.
 *
 * @param transition the public transition returned when the rule fires
 * @param guard      the guard, or null when unguarded
 * @param action     the transition's action, or null
 * @param exitHooks  exit hooks of the source state (shared, never mutated)
 * @param entryHooks entry hooks of the target state (shared, never mutated)
 */
record Rule<S, E, C, P>(
        Transition<S, E> transition,
        Guard<C, P> guard,
        Action<C, P> action,
        Action<C, P>[] exitHooks,
        Action<C, P>[] entryHooks) {

    /** Whether taking this rule runs nothing but listeners. */
    boolean plain() {
        return action == null && exitHooks.length == 0 && entryHooks.length == 0;
    }
}
