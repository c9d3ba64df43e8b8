package org.qualityloop.workflow.machine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Firing random event sequences on a random valid definition agrees, step by step, with a naive
 * table model of the same definition.
 */
class StateMachineProperties {

    private static final int EVENTS = 5;

    /** A declared edge of the model. */
    private record Edge(int source, int event, int target, int divisor) {
        boolean guarded() {
            return divisor > 0;
        }

        boolean allows(int payload) {
            return payload % divisor == 0;
        }

        String reason() {
            return "payload divisible by " + divisor;
        }
    }

    @Property(tries = 500)
    void firingAgreesWithANaiveTableModel(
            @ForAll @IntRange(min = 1, max = 8) int stateCount,
            @ForAll @Size(min = 7, max = 7) List<@IntRange(min = 0, max = 1000) Integer> tree,
            @ForAll @Size(max = 24) List<@IntRange(min = 0, max = 100_000) Integer> extra,
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 71) Integer> firings) {
        List<Edge> edges = new ArrayList<>();
        Map<Long, Boolean> hasUnguarded = new HashMap<>();
        for (int target = 1; target < stateCount; target++) {
            int code = tree.get(target - 1);
            add(edges, hasUnguarded, code % target, (code / 8) % EVENTS, target, (code / 40) % 4);
        }
        for (int code : extra) {
            add(edges, hasUnguarded, code % stateCount, (code / 8) % EVENTS,
                    (code / 40) % stateCount, (code / 320) % 4);
        }
        boolean[] hasOutgoing = new boolean[stateCount];
        edges.forEach(e -> hasOutgoing[e.source()] = true);

        AtomicInteger told = new AtomicInteger();
        StateMachine.Builder<Integer, Integer, Object, Integer> builder =
                StateMachine.<Integer, Integer, Object, Integer>builder(Integer.class, Integer.class)
                        .initial(0)
                        .listener((t, c, p) -> told.incrementAndGet());
        for (int s = 0; s < stateCount; s++) {
            if (!hasOutgoing[s]) {
                builder.terminal(s);
            }
        }
        for (Edge e : edges) {
            if (e.guarded()) {
                builder.guardedTransition(e.source(), e.event(), e.target(),
                        Guard.of(e.reason(), (c, p) -> e.allows(p)));
            } else {
                builder.transition(e.source(), e.event(), e.target());
            }
        }
        StateMachine<Integer, Integer, Object, Integer> machine = builder.build();

        int state = 0;
        int accepted = 0;
        for (int code : firings) {
            int event = code % (EVENTS + 1); // EVENTS itself is never declared
            int payload = code / (EVENTS + 1);
            Outcome<Integer, Integer> actual = machine.fire(state, event, "context", payload);
            Edge taken = null;
            Edge firstGuarded = null;
            Edge fallback = null;
            for (Edge e : edges) {
                if (e.source() == state && e.event() == event) {
                    if (!e.guarded()) {
                        fallback = e;
                    } else {
                        if (firstGuarded == null) {
                            firstGuarded = e;
                        }
                        if (taken == null && e.allows(payload)) {
                            taken = e;
                        }
                    }
                }
            }
            if (taken == null) {
                taken = fallback;
            }
            assertThat(actual.source()).isEqualTo(state);
            assertThat(actual.event()).isEqualTo(event);
            if (taken != null) {
                assertThat(actual).isInstanceOf(Transition.class);
                assertThat(actual.state()).isEqualTo(taken.target());
                state = taken.target();
                accepted++;
            } else {
                Rejection<Integer, Integer> r = (Rejection<Integer, Integer>) actual;
                assertThat(r.state()).isEqualTo(state);
                if (firstGuarded == null) {
                    assertThat(r.kind()).isEqualTo(RejectionKind.NO_TRANSITION);
                } else {
                    assertThat(r.kind()).isEqualTo(RejectionKind.GUARD_REFUSED);
                    assertThat(r.reason()).isEqualTo(firstGuarded.reason());
                }
            }
            assertThat(machine.isTerminal(state)).isEqualTo(!hasOutgoing[state]);
        }
        assertThat(told.get()).isEqualTo(accepted);
    }

    private static void add(List<Edge> edges, Map<Long, Boolean> hasUnguarded, int source,
            int event, int target, int guardCode) {
        long cell = (long) source * EVENTS + event;
        // guardCode 0 asks for an unguarded edge; a second unguarded one on the same cell
        // would be invalid, so it becomes guarded instead.
        int divisor = guardCode + 1;
        if (guardCode == 0 && hasUnguarded.putIfAbsent(cell, Boolean.TRUE) == null) {
            divisor = 0;
        } else if (divisor == 1) {
            divisor = 2;
        }
        edges.add(new Edge(source, event, target, divisor));
    }
}
