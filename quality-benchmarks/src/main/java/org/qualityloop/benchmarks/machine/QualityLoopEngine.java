package org.qualityloop.benchmarks.machine;

import org.qualityloop.workflow.machine.Outcome;
import org.qualityloop.workflow.machine.StateMachine;

/** Quality Loop's state machine: one shared definition; the case holds only its state. */
public final class QualityLoopEngine implements Engine<QualityLoopEngine.Case> {

    /** The per-case data: the current state. */
    public static final class Case {
        State state;
    }

    /** The event payload (who acts); one shared instance here. */
    public record Actor(String id) {
    }

    private static final Actor ACTOR = new Actor("agent-1");

    private final StateMachine<State, Event, Case, Actor> machine =
            StateMachine.<State, Event, Case, Actor>builder(State.class, Event.class)
                    .initial(State.REGISTERED)
                    .terminal(State.CLOSED)
                    .transition(State.REGISTERED, Event.ASSIGN, State.ASSIGNED)
                    .transition(State.ASSIGNED, Event.RESPOND, State.RESPONDED)
                    .transition(State.RESPONDED, Event.START_FIX, State.RECTIFYING)
                    .transition(State.RECTIFYING, Event.FIX_DONE, State.FOLLOW_UP)
                    .transition(State.FOLLOW_UP, Event.CONFIRM, State.CLOSED)
                    .transition(State.FOLLOW_UP, Event.REJECT, State.REOPENED)
                    .transition(State.REOPENED, Event.ASSIGN, State.ASSIGNED)
                    .build();

    @Override
    public String name() {
        return "qualityloop";
    }

    @Override
    public Case create() {
        Case kase = new Case();
        kase.state = machine.initialState();
        return kase;
    }

    @Override
    public boolean fire(Case kase, Event event) {
        Outcome<State, Event> outcome = machine.fire(kase.state, event, kase, ACTOR);
        kase.state = outcome.state();
        return outcome.isAccepted();
    }

    @Override
    public State state(Case kase) {
        return kase.state;
    }

    /** @return the definition, e.g. for a diagram */
    public StateMachine<State, Event, Case, Actor> machine() {
        return machine;
    }
}
