package org.qualityloop.workflow.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.qualityloop.workflow.machine.Lifecycle.Actor;
import org.qualityloop.workflow.machine.Lifecycle.Case;
import org.qualityloop.workflow.machine.Lifecycle.Event;
import org.qualityloop.workflow.machine.Lifecycle.State;

class BuilderValidationTest {

    private static StateMachine.Builder<String, String, Object, Object> strings() {
        return StateMachine.builder(String.class, String.class);
    }

    @Test
    void initialStateIsRequired() {
        assertThatThrownBy(() -> strings().transition("a", "go", "b").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("initial state must be set before build()");
    }

    @Test
    void initialStateIsSetOnce() {
        assertThatThrownBy(() -> strings().initial("a").initial("b"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("initial state was already set to a");
    }

    @Test
    void unreachableStateIsNamed() {
        assertThatThrownBy(() -> strings().initial("a").terminal("b", "island")
                .transition("a", "go", "b").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("state island is unreachable from the initial state a");
    }

    @Test
    void unusedEnumConstantIsUnreachable() {
        assertThat(Lifecycle.builder().build().states()).containsExactly(State.values());
        StateMachine.Builder<State, Event, Case, Actor> withoutReopen =
                StateMachine.<State, Event, Case, Actor>builder(State.class, Event.class)
                        .initial(State.REGISTERED).terminal(State.CLOSED)
                        .transition(State.REGISTERED, Event.ASSIGN, State.ASSIGNED)
                        .transition(State.ASSIGNED, Event.RESPOND, State.RESPONDED)
                        .transition(State.RESPONDED, Event.START_FIX, State.RECTIFYING)
                        .transition(State.RECTIFYING, Event.FIX_DONE, State.FOLLOW_UP)
                        .transition(State.FOLLOW_UP, Event.CONFIRM, State.CLOSED);
        assertThatThrownBy(withoutReopen::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("state REOPENED is unreachable from the initial state REGISTERED");
    }

    @Test
    void twoUnguardedTransitionsOnTheSameEventAreRejected() {
        assertThatThrownBy(() -> strings().initial("a").terminal("b", "c")
                .transition("a", "go", "b").transition("a", "go", "c").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("state a must have at most one unguarded transition on go, but has two (to b and to c)");
    }

    @Test
    void guardedAlternativesOnTheSameEventAreAllowed() {
        StateMachine<String, String, Object, Object> m = strings().initial("a").terminal("b", "c")
                .guardedTransition("a", "go", "b", Guard.of("first", (c, p) -> false))
                .transition("a", "go", "c").build();
        assertThat(m.fire("a", "go", "ctx", "p").state()).isEqualTo("c");
    }

    @Test
    void nonTerminalDeadEndIsNamed() {
        assertThatThrownBy(() -> strings().initial("a").terminal("c")
                .transition("a", "go", "b").transition("a", "stop", "c").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("state b is a dead end: it has no outgoing transition but is not terminal");
    }

    @Test
    void terminalStateMustNotHaveOutgoingTransitions() {
        assertThatThrownBy(() -> strings().initial("a").terminal("b")
                .transition("a", "go", "b").transition("b", "back", "a").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("terminal state b must not have outgoing transitions, but has one on back to a");
    }

    @Test
    void nullsAreRejectedWithTheFieldName() {
        assertThatThrownBy(() -> strings().transition(null, "go", "b"))
                .isInstanceOf(NullPointerException.class).hasMessage("source");
        assertThatThrownBy(() -> strings().transition("a", null, "b"))
                .isInstanceOf(NullPointerException.class).hasMessage("event");
        assertThatThrownBy(() -> strings().guardedTransition("a", "go", "b", null))
                .isInstanceOf(NullPointerException.class).hasMessage("guard");
        assertThatThrownBy(() -> strings().onEntry("a", null))
                .isInstanceOf(NullPointerException.class).hasMessage("hook");
        assertThatThrownBy(() -> StateMachine.builder(null, String.class))
                .isInstanceOf(NullPointerException.class).hasMessage("stateType");
    }

    @Test
    void builtMachineIsUnaffectedByLaterBuilderChanges() {
        StateMachine.Builder<String, String, Object, Object> b = strings().initial("a").terminal("b")
                .transition("a", "go", "b");
        StateMachine<String, String, Object, Object> first = b.build();
        b.transition("a", "skip", "b");
        assertThat(first.fire("a", "skip", "ctx", "p").isAccepted()).isFalse();
        assertThat(b.build().fire("a", "skip", "ctx", "p").isAccepted()).isTrue();
        assertThat(first.transitions()).hasSize(1);
    }
}
