package org.qualityloop.benchmarks.machine;

import java.util.EnumSet;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.config.StateMachineBuilder;
import reactor.core.publisher.Mono;

/**
 * Spring Statemachine: one builder, one started machine per case, events sent through the
 * reactive API. An event that is not allowed is reported as {@code DENIED} in the result, but
 * nothing throws and the machine stays where it was.
 */
public final class SpringEngine implements Engine<StateMachine<State, Event>> {

    private final StateMachineBuilder.Builder<State, Event> builder = StateMachineBuilder.builder();

    /** Configures the lifecycle once. */
    public SpringEngine() {
        try {
            builder.configureConfiguration().withConfiguration().autoStartup(false);
            builder.configureStates().withStates()
                    .initial(State.REGISTERED).end(State.CLOSED).states(EnumSet.allOf(State.class));
            builder.configureTransitions()
                    .withExternal().source(State.REGISTERED).target(State.ASSIGNED).event(Event.ASSIGN).and()
                    .withExternal().source(State.ASSIGNED).target(State.RESPONDED).event(Event.RESPOND).and()
                    .withExternal().source(State.RESPONDED).target(State.RECTIFYING).event(Event.START_FIX).and()
                    .withExternal().source(State.RECTIFYING).target(State.FOLLOW_UP).event(Event.FIX_DONE).and()
                    .withExternal().source(State.FOLLOW_UP).target(State.CLOSED).event(Event.CONFIRM).and()
                    .withExternal().source(State.FOLLOW_UP).target(State.REOPENED).event(Event.REJECT).and()
                    .withExternal().source(State.REOPENED).target(State.ASSIGNED).event(Event.ASSIGN);
        } catch (Exception e) {
            throw new IllegalStateException("Spring Statemachine configuration failed", e);
        }
    }

    @Override
    public String name() {
        return "spring-statemachine";
    }

    @Override
    public StateMachine<State, Event> create() {
        StateMachine<State, Event> machine = builder.build();
        machine.startReactively().block();
        return machine;
    }

    @Override
    public boolean fire(StateMachine<State, Event> kase, Event event) {
        StateMachineEventResult<State, Event> result =
                kase.sendEvent(Mono.just(MessageBuilder.withPayload(event).build())).blockLast();
        return result != null
                && result.getResultType() == StateMachineEventResult.ResultType.ACCEPTED;
    }

    @Override
    public State state(StateMachine<State, Event> kase) {
        return kase.getState().getId();
    }
}
