package org.qualityloop.benchmarks.machine;

import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;

/**
 * squirrel-foundation: one shared builder, one machine per case. An event that is not allowed is
 * silently declined: {@code fire} returns normally and the state does not change.
 */
public final class SquirrelEngine implements Engine<SquirrelEngine.Fsm> {

    /** The machine type squirrel instantiates per case. */
    public static class Fsm extends AbstractStateMachine<Fsm, State, Event, Object> {
    }

    private final org.squirrelframework.foundation.fsm.StateMachineBuilder<Fsm, State, Event, Object> builder =
            StateMachineBuilderFactory.create(Fsm.class, State.class, Event.class, Object.class);

    /** Configures the lifecycle once. */
    public SquirrelEngine() {
        builder.externalTransition().from(State.REGISTERED).to(State.ASSIGNED).on(Event.ASSIGN);
        builder.externalTransition().from(State.ASSIGNED).to(State.RESPONDED).on(Event.RESPOND);
        builder.externalTransition().from(State.RESPONDED).to(State.RECTIFYING).on(Event.START_FIX);
        builder.externalTransition().from(State.RECTIFYING).to(State.FOLLOW_UP).on(Event.FIX_DONE);
        builder.externalTransition().from(State.FOLLOW_UP).to(State.CLOSED).on(Event.CONFIRM);
        builder.externalTransition().from(State.FOLLOW_UP).to(State.REOPENED).on(Event.REJECT);
        builder.externalTransition().from(State.REOPENED).to(State.ASSIGNED).on(Event.ASSIGN);
    }

    @Override
    public String name() {
        return "squirrel";
    }

    @Override
    public Fsm create() {
        Fsm fsm = builder.newStateMachine(State.REGISTERED);
        fsm.start();
        return fsm;
    }

    @Override
    public boolean fire(Fsm kase, Event event) {
        State before = kase.getCurrentState();
        kase.fire(event);
        // No self-transitions in this lifecycle: an unchanged state means "declined".
        return kase.getCurrentState() != before;
    }

    @Override
    public State state(Fsm kase) {
        return kase.getCurrentState();
    }
}
