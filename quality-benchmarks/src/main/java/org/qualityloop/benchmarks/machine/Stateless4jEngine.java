package org.qualityloop.benchmarks.machine;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;

/**
 * stateless4j: one shared configuration, one {@code StateMachine} per case. An event that is
 * not allowed throws {@link IllegalStateException} (its default unhandled-trigger action).
 */
public final class Stateless4jEngine implements Engine<StateMachine<State, Event>> {

    private final StateMachineConfig<State, Event> config = new StateMachineConfig<>();

    /** Configures the lifecycle once. */
    public Stateless4jEngine() {
        config.configure(State.REGISTERED).permit(Event.ASSIGN, State.ASSIGNED);
        config.configure(State.ASSIGNED).permit(Event.RESPOND, State.RESPONDED);
        config.configure(State.RESPONDED).permit(Event.START_FIX, State.RECTIFYING);
        config.configure(State.RECTIFYING).permit(Event.FIX_DONE, State.FOLLOW_UP);
        config.configure(State.FOLLOW_UP).permit(Event.CONFIRM, State.CLOSED)
                .permit(Event.REJECT, State.REOPENED);
        config.configure(State.REOPENED).permit(Event.ASSIGN, State.ASSIGNED);
        config.configure(State.CLOSED);
    }

    @Override
    public String name() {
        return "stateless4j";
    }

    @Override
    public StateMachine<State, Event> create() {
        return new StateMachine<>(State.REGISTERED, config);
    }

    @Override
    public boolean fire(StateMachine<State, Event> kase, Event event) {
        try {
            kase.fire(event);
            return true;
        } catch (IllegalStateException notAllowed) {
            return false;
        }
    }

    @Override
    public State state(StateMachine<State, Event> kase) {
        return kase.getState();
    }
}
