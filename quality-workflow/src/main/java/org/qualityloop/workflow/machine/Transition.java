package org.qualityloop.workflow.machine;

import java.util.Optional;

/**
 * One transition of a definition: in {@code source}, on {@code event}, go to {@code target}
 * (if its guard, when it has one, allows).
 *
 * <p>Transitions are created once, when the definition is built, and firing an accepted event
 * returns the very same instance, so the accepted path allocates nothing. Immutable and
 * thread-safe; equality is identity.
 *
 * @param <S> the state type
 * @param <E> the event type
 */
public final class Transition<S, E> implements Outcome<S, E> {

    private final S source;
    private final E event;
    private final S target;
    /** The guard's description, or null for an unguarded transition. */
    private final String guard;
    private final boolean hasAction;

    Transition(S source, E event, S target, String guard, boolean hasAction) {
        this.source = source;
        this.event = event;
        this.target = target;
        this.guard = guard;
        this.hasAction = hasAction;
    }

    @Override
    public boolean isAccepted() {
        return true;
    }

    @Override
    public S source() {
        return source;
    }

    @Override
    public E event() {
        return event;
    }

    /**
     * The state this transition leads to.
     *
     * @return the target state
     */
    public S target() {
        return target;
    }

    /**
     * The target state, the state after firing.
     *
     * @return the target state
     */
    @Override
    public S state() {
        return target;
    }

    /**
     * The guard's description, for a guarded transition.
     *
     * @return the description, or empty for an unguarded transition
     */
    public Optional<String> guardDescription() {
        return guard == null ? Optional.empty() : Optional.of(guard);
    }

    /**
     * Whether this transition carries an action of its own (entry and exit hooks belong to the
     * states).
     *
     * @return {@code true} if an action runs when the transition is taken
     */
    public boolean hasAction() {
        return hasAction;
    }

    @Override
    public String toString() {
        return source + " --" + event + "--> " + target
                + (guard == null ? "" : " [" + guard + "]");
    }
}
