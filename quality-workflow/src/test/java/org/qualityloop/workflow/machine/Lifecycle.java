package org.qualityloop.workflow.machine;

import java.util.ArrayList;
import java.util.List;

/** The seven-state complaint lifecycle shared by the tests. */
final class Lifecycle {

    enum State { REGISTERED, ASSIGNED, RESPONDED, RECTIFYING, FOLLOW_UP, CLOSED, REOPENED }

    enum Event { ASSIGN, RESPOND, START_FIX, FIX_DONE, CONFIRM, REJECT }

    /** A mutable test case: current state plus a journal of what actions ran. */
    static final class Case {
        State state = State.REGISTERED;
        final List<String> journal = new ArrayList<>();
    }

    /** The payload: who acts. */
    record Actor(String name) {
    }

    static final Actor AGENT = new Actor("agent");

    private Lifecycle() {
    }

    static StateMachine.Builder<State, Event, Case, Actor> builder() {
        return StateMachine.<State, Event, Case, Actor>builder(State.class, Event.class)
                .initial(State.REGISTERED)
                .terminal(State.CLOSED)
                .transition(State.REGISTERED, Event.ASSIGN, State.ASSIGNED)
                .transition(State.ASSIGNED, Event.RESPOND, State.RESPONDED)
                .transition(State.RESPONDED, Event.START_FIX, State.RECTIFYING)
                .transition(State.RECTIFYING, Event.FIX_DONE, State.FOLLOW_UP)
                .transition(State.FOLLOW_UP, Event.CONFIRM, State.CLOSED)
                .transition(State.FOLLOW_UP, Event.REJECT, State.REOPENED)
                .transition(State.REOPENED, Event.ASSIGN, State.ASSIGNED);
    }
}
