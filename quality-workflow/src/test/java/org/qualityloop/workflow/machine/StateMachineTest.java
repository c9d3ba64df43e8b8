package org.qualityloop.workflow.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qualityloop.workflow.machine.Lifecycle.Actor;
import org.qualityloop.workflow.machine.Lifecycle.Case;
import org.qualityloop.workflow.machine.Lifecycle.Event;
import org.qualityloop.workflow.machine.Lifecycle.State;

class StateMachineTest {

    private final StateMachine<State, Event, Case, Actor> machine = Lifecycle.builder().build();

    private State drive(Case c, Event... events) {
        for (Event e : events) {
            c.state = machine.fireOrThrow(c.state, e, c, Lifecycle.AGENT).target();
        }
        return c.state;
    }

    @Test
    void happyPathAndReopenCycle() {
        Case c = new Case();
        assertThat(drive(c, Event.ASSIGN, Event.RESPOND, Event.START_FIX, Event.FIX_DONE))
                .isEqualTo(State.FOLLOW_UP);
        assertThat(drive(c, Event.REJECT, Event.ASSIGN)).isEqualTo(State.ASSIGNED);
        assertThat(drive(c, Event.RESPOND, Event.START_FIX, Event.FIX_DONE, Event.CONFIRM))
                .isEqualTo(State.CLOSED);
        assertThat(machine.isTerminal(State.CLOSED)).isTrue();
        assertThat(machine.isTerminal(State.FOLLOW_UP)).isFalse();
        assertThat(machine.initialState()).isEqualTo(State.REGISTERED);
    }

    @Test
    void acceptedEventReturnsTheSamePreBuiltTransition() {
        Outcome<State, Event> first = machine.fire(State.REGISTERED, Event.ASSIGN, new Case(),
                Lifecycle.AGENT);
        Outcome<State, Event> second = machine.fire(State.REGISTERED, Event.ASSIGN, new Case(),
                Lifecycle.AGENT);
        assertThat(first).isSameAs(second);
        assertThat(first.isAccepted()).isTrue();
        assertThat(first.source()).isEqualTo(State.REGISTERED);
        assertThat(first.event()).isEqualTo(Event.ASSIGN);
        assertThat(first.state()).isEqualTo(State.ASSIGNED);
        assertThat(first).hasToString("REGISTERED --ASSIGN--> ASSIGNED");
        assertThat(machine.transitions()).contains((Transition<State, Event>) first);
    }

    @Test
    void eventNotAllowedIsAnExplicitRejection() {
        Case c = new Case();
        Outcome<State, Event> outcome = machine.fire(State.REGISTERED, Event.CONFIRM, c,
                Lifecycle.AGENT);
        assertThat(outcome.isAccepted()).isFalse();
        assertThat(outcome.state()).isEqualTo(State.REGISTERED);
        Rejection<State, Event> rejection = (Rejection<State, Event>) outcome;
        assertThat(rejection.kind()).isEqualTo(RejectionKind.NO_TRANSITION);
        assertThat(rejection.message()).isEqualTo("event CONFIRM is not allowed in state REGISTERED");
        assertThat(c.state).isEqualTo(State.REGISTERED);
        assertThat(machine.canFire(State.REGISTERED, Event.CONFIRM, c, Lifecycle.AGENT)).isFalse();
        assertThat(machine.canFire(State.REGISTERED, Event.ASSIGN, c, Lifecycle.AGENT)).isTrue();
    }

    @Test
    void fireOrThrowCarriesStateAndEvent() {
        assertThatThrownBy(() -> machine.fireOrThrow(State.CLOSED, Event.ASSIGN, new Case(),
                Lifecycle.AGENT))
                .isInstanceOfSatisfying(TransitionRejectedException.class, e -> {
                    assertThat(e.state()).isEqualTo(State.CLOSED);
                    assertThat(e.event()).isEqualTo(Event.ASSIGN);
                    assertThat(e.kind()).isEqualTo(RejectionKind.NO_TRANSITION);
                    assertThat(e.rejection().reason()).isEqualTo("no transition on ASSIGN from CLOSED");
                })
                .hasMessage("event ASSIGN is not allowed in state CLOSED");
    }

    @Test
    void guardsAreTriedInOrderWithTheUnguardedTransitionAsFallback() {
        StateMachine<String, String, List<String>, Integer> m =
                StateMachine.<String, String, List<String>, Integer>builder(String.class, String.class)
                        .initial("new")
                        .terminal("small", "large", "manual")
                        .guardedTransition("new", "route", "large", Guard.of("amount over 1000", (c, p) -> p > 1000))
                        .guardedTransition("new", "route", "small", Guard.of("amount under 100", (c, p) -> p < 100))
                        .transition("new", "route", "manual")
                        .build();
        List<String> ctx = new ArrayList<>();
        assertThat(m.fire("new", "route", ctx, 5000).state()).isEqualTo("large");
        assertThat(m.fire("new", "route", ctx, 50).state()).isEqualTo("small");
        assertThat(m.fire("new", "route", ctx, 500).state()).isEqualTo("manual");
        assertThat(m.fire("new", "unknown", ctx, 1))
                .isInstanceOfSatisfying(Rejection.class,
                        r -> assertThat(r.kind()).isEqualTo(RejectionKind.NO_TRANSITION));
    }

    @Test
    void guardRefusalCarriesTheFirstReason() {
        StateMachine<String, String, List<String>, Integer> m =
                StateMachine.<String, String, List<String>, Integer>builder(String.class, String.class)
                        .initial("draft")
                        .terminal("sent")
                        .guardedTransition("draft", "send", "sent", Guard.of("a recipient is set", (c, p) -> !c.isEmpty()))
                        .guardedTransition("draft", "send", "sent", (c, p) -> p > 0 ? Verdict.allow() : Verdict.refuse("priority must be positive"))
                        .build();
        Outcome<String, String> o = m.fire("draft", "send", List.of(), 0);
        assertThat(o).isInstanceOfSatisfying(Rejection.class, r -> {
            assertThat(r.kind()).isEqualTo(RejectionKind.GUARD_REFUSED);
            assertThat(r.reason()).isEqualTo("a recipient is set");
            assertThat(r.message()).isEqualTo("event send refused in state draft: a recipient is set");
        });
        assertThat(m.fire("draft", "send", List.of(), 1).isAccepted()).isTrue();
        assertThat(m.fire("draft", "send", List.of("x"), 0).isAccepted()).isTrue();
    }

    @Test
    void hooksAndActionsRunInOrderAndNotOnRejection() {
        List<String> seen = new ArrayList<>();
        StateMachine<State, Event, Case, Actor> m = Lifecycle.builder()
                .onExit(State.REGISTERED, (c, p) -> c.journal.add("exit REGISTERED by " + p.name()))
                .onEntry(State.ASSIGNED, (c, p) -> c.journal.add("enter ASSIGNED"))
                .onEntry(State.ASSIGNED, (c, p) -> c.journal.add("enter ASSIGNED again"))
                .listener((t, c, p) -> seen.add(t.toString() + " after " + c.journal.size()))
                .build();
        Case c = new Case();
        m.fire(State.REGISTERED, Event.RESPOND, c, Lifecycle.AGENT);
        assertThat(c.journal).isEmpty();
        assertThat(seen).isEmpty();
        m.fire(State.REGISTERED, Event.ASSIGN, c, Lifecycle.AGENT);
        assertThat(c.journal).containsExactly("exit REGISTERED by agent", "enter ASSIGNED",
                "enter ASSIGNED again");
        assertThat(seen).containsExactly("REGISTERED --ASSIGN--> ASSIGNED after 3");
    }

    @Test
    void transitionActionRunsBetweenExitAndEntry() {
        StateMachine<String, String, List<String>, String> m =
                StateMachine.<String, String, List<String>, String>builder(String.class, String.class)
                        .initial("a").terminal("b")
                        .transition("a", "go", "b", (c, p) -> c.add("action " + p))
                        .onExit("a", (c, p) -> c.add("exit a"))
                        .onEntry("b", (c, p) -> c.add("enter b"))
                        .build();
        List<String> ctx = new ArrayList<>();
        Transition<String, String> t = m.fireOrThrow("a", "go", ctx, "p1");
        assertThat(ctx).containsExactly("exit a", "action p1", "enter b");
        assertThat(t.hasAction()).isTrue();
        assertThat(t.guardDescription()).isEmpty();
    }

    @Test
    void throwingListenerIsContainedAndLaterListenersStillRun() {
        List<String> seen = new ArrayList<>();
        StateMachine<State, Event, Case, Actor> m = Lifecycle.builder()
                .listener((t, c, p) -> {
                    throw new IllegalStateException("listener broke for " + p.name());
                })
                .listener((t, c, p) -> seen.add(t.target().name()))
                .build();
        Case c = new Case();
        Outcome<State, Event> o = m.fire(State.REGISTERED, Event.ASSIGN, c, Lifecycle.AGENT);
        assertThat(o.isAccepted()).isTrue();
        assertThat(o.state()).isEqualTo(State.ASSIGNED);
        assertThat(seen).containsExactly("ASSIGNED");
    }

    @Test
    void throwingActionPropagatesAndNoListenerIsTold() {
        List<String> seen = new ArrayList<>();
        StateMachine<State, Event, Case, Actor> m = Lifecycle.builder()
                .onEntry(State.ASSIGNED, (c, p) -> {
                    throw new IllegalArgumentException("no owner");
                })
                .listener((t, c, p) -> seen.add("told"))
                .build();
        assertThatThrownBy(() -> m.fire(State.REGISTERED, Event.ASSIGN, new Case(), Lifecycle.AGENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no owner");
        assertThat(seen).isEmpty();
    }

    @Test
    void unknownStateAndNullArgumentsAreRejected() {
        StateMachine<String, String, List<String>, Integer> m =
                StateMachine.<String, String, List<String>, Integer>builder(String.class, String.class)
                        .initial("a").terminal("b").transition("a", "go", "b").build();
        assertThatThrownBy(() -> m.fire("zzz", "go", List.of(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("state must be one of [a, b], but was zzz");
        assertThatThrownBy(() -> m.fire("a", "go", List.of(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("payload");
        assertThatThrownBy(() -> machine.fire(null, Event.ASSIGN, new Case(), Lifecycle.AGENT))
                .isInstanceOf(NullPointerException.class).hasMessage("state");
    }

    @Test
    void rendersMermaidAndPlantUml() {
        StateMachine<String, String, List<String>, Integer> m =
                StateMachine.<String, String, List<String>, Integer>builder(String.class, String.class)
                        .initial("in review").terminal("approved")
                        .guardedTransition("in review", "approve", "approved", Guard.of("within limit", (c, p) -> p < 10))
                        .transition("in review", "escalate", "in review")
                        .build();
        assertThat(m.toMermaid()).isEqualTo("""
                stateDiagram-v2
                    [*] --> in_review
                    in_review --> approved : approve [within limit]
                    in_review --> in_review : escalate
                    approved --> [*]
                """);
        assertThat(m.toPlantUml()).isEqualTo("""
                @startuml
                [*] --> in_review
                in_review --> approved : approve [within limit]
                in_review --> in_review : escalate
                approved --> [*]
                @enduml
                """);
        assertThat(machine.toMermaid()).contains("    FOLLOW_UP --> REOPENED : REJECT\n",
                "    CLOSED --> [*]\n");
    }

    @Test
    void verdictBasics() {
        assertThat(Verdict.allow().isAllowed()).isTrue();
        assertThat(Verdict.allow().reason()).isEmpty();
        assertThat(Verdict.refuse("limit").isAllowed()).isFalse();
        assertThatThrownBy(() -> Verdict.refuse(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason");
        assertThat(Guard.of("x", (c, p) -> true).description()).isEqualTo("x");
        Guard<Object, Object> lambda = (c, p) -> Verdict.allow();
        assertThat(lambda.description()).isEqualTo("guarded");
    }
}
