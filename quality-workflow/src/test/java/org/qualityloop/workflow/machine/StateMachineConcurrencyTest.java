package org.qualityloop.workflow.machine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.qualityloop.workflow.machine.Lifecycle.Actor;
import org.qualityloop.workflow.machine.Lifecycle.Case;
import org.qualityloop.workflow.machine.Lifecycle.Event;
import org.qualityloop.workflow.machine.Lifecycle.State;

/** One shared definition used from several threads, each with cases of its own. */
class StateMachineConcurrencyTest {

    private static final int THREADS = 4;
    private static final int CASES_PER_THREAD = 2_000;
    private static final int CYCLES = 3;

    @Test
    void sharedDefinitionGivesEveryThreadTheSameAnswers() throws Exception {
        AtomicLong transitions = new AtomicLong();
        AtomicLong entries = new AtomicLong();
        StateMachine<State, Event, Case, Actor> machine = Lifecycle.builder()
                .onEntry(State.ASSIGNED, (c, p) -> entries.incrementAndGet())
                .listener((t, c, p) -> transitions.incrementAndGet())
                .build();
        Event[] happy = {Event.ASSIGN, Event.RESPOND, Event.START_FIX, Event.FIX_DONE};
        Event[] reopen = {Event.REJECT, Event.ASSIGN, Event.RESPOND, Event.START_FIX, Event.FIX_DONE};
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Callable<long[]>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                work.add(() -> {
                    long accepted = 0;
                    long rejected = 0;
                    for (int i = 0; i < CASES_PER_THREAD; i++) {
                        Case c = new Case();
                        for (Event e : happy) {
                            c.state = machine.fireOrThrow(c.state, e, c, Lifecycle.AGENT).target();
                            accepted++;
                        }
                        for (int k = 0; k < CYCLES; k++) {
                            for (Event e : reopen) {
                                c.state = machine.fire(c.state, e, c, Lifecycle.AGENT).state();
                                accepted++;
                            }
                            if (!machine.fire(c.state, Event.ASSIGN, c, Lifecycle.AGENT).isAccepted()) {
                                rejected++;
                            }
                        }
                        c.state = machine.fireOrThrow(c.state, Event.CONFIRM, c, Lifecycle.AGENT).target();
                        accepted++;
                        if (c.state != State.CLOSED) {
                            throw new AssertionError("case ended in " + c.state);
                        }
                    }
                    return new long[] {accepted, rejected};
                });
            }
            long accepted = 0;
            long rejected = 0;
            for (Future<long[]> f : pool.invokeAll(work)) {
                accepted += f.get()[0];
                rejected += f.get()[1];
            }
            long cases = (long) THREADS * CASES_PER_THREAD;
            assertThat(accepted).isEqualTo(cases * (4 + CYCLES * 5 + 1));
            assertThat(rejected).isEqualTo(cases * CYCLES);
            assertThat(transitions.get()).isEqualTo(accepted);
            assertThat(entries.get()).isEqualTo(cases * (1 + CYCLES));
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
