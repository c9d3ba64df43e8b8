package org.qualityloop.workflow.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.engine.CaseCommand;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.engine.CommandResult;

/**
 * Several threads send commands to the same and to different cases, retry some of them, and run
 * the SLA monitor while the clock moves: every accepted command appears exactly once in its case's
 * history, every rejected one left no trace, and every case is still the fold of its history.
 */
class CaseServiceConcurrencyTest {

    private static final int CASES = 6;
    private static final int THREADS = 4;
    private static final int COMMANDS_PER_THREAD = 1_500;

    @Test
    void concurrentCommands_areAppliedExactlyOnceOrNotAtAll() throws Exception {
        TestClock clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));
        FeedbackLifecycle lifecycle = FeedbackLifecycle.builder(BusinessCalendar.twentyFourSeven("24x7", ZoneOffset.UTC))
                .maxFollowUpAttempts(2).build();
        CaseService service = CaseService.builder(lifecycle, CaseEngineProperties.policy(ReopenMode.RESTART), clock)
                .build();
        List<CaseId> ids = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            CaseId id = CaseId.of("case-" + i);
            ids.add(id);
            service.executeOrThrow(CaseCommand.open(CommandId.of("open-" + i), id, Actor.system("intake"),
                    Feedback.builder(FeedbackId.of("fb-" + i), Channel.APP, clock.instant()).build()));
        }
        List<CaseChange> changes = new ArrayList<>();
        CaseEngineProperties.changes().sampleStream().limit(400).forEach(changes::add);

        Set<CommandId> accepted = ConcurrentHashMap.newKeySet();
        Set<CommandId> rejected = ConcurrentHashMap.newKeySet();
        Map<CommandId, CaseId> caseOf = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    start.await();
                    SplittableRandom random = new SplittableRandom(thread);
                    CaseCommand last = null;
                    for (int n = 0; n < COMMANDS_PER_THREAD; n++) {
                        if (last != null && random.nextInt(10) == 0) {
                            // a retry of this thread's last accepted command is never applied twice
                            CommandResult again = service.execute(last);
                            assertThat(again).isInstanceOfSatisfying(CommandResult.Accepted.class,
                                    a -> assertThat(a.retry()).isTrue());
                            continue;
                        }
                        // two threads favour case-0 so that they collide on it often
                        CaseId id = ids.get(random.nextInt(3) == 0 ? 0 : random.nextInt(CASES));
                        FeedbackCase read = service.find(id).orElseThrow();
                        CommandId cmd = CommandId.of("t" + thread + "-" + n);
                        CaseCommand command = CaseCommand.of(cmd, id, read.version(),
                                Actor.agent(AgentId.of("agent-" + thread)), changes.get(random.nextInt(changes.size())));
                        caseOf.put(cmd, id);
                        CommandResult r = service.execute(command);
                        if (r.isAccepted()) {
                            accepted.add(cmd);
                            last = command;
                        } else {
                            rejected.add(cmd);
                        }
                    }
                    return null;
                }));
            }
            Future<?> monitor = pool.submit(() -> {
                start.await();
                while (running.get()) {
                    clock.advance(Duration.ofMinutes(7));
                    service.processDue(50);
                }
                return null;
            });
            start.countDown();
            for (Future<?> w : workers) {
                w.get(2, TimeUnit.MINUTES);
            }
            running.set(false);
            monitor.get(1, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }

        assertThat(accepted).isNotEmpty();
        assertThat(rejected).isNotEmpty();
        Set<CommandId> seen = new HashSet<>();
        for (CaseId id : ids) {
            List<CaseEvent> history = service.history(id);
            CommandId previous = null;
            Set<CommandId> inThisHistory = new HashSet<>();
            for (CaseEvent e : history) {
                if (!e.commandId().equals(previous)) {
                    assertThat(inThisHistory.add(e.commandId()))
                            .as("command %s recorded twice in %s", e.commandId(), id).isTrue();
                    previous = e.commandId();
                }
                assertThat(rejected).as("a rejected command left a trace").doesNotContain(e.commandId());
            }
            for (CommandId c : inThisHistory) {
                if (!c.value().startsWith("open-") && !c.value().startsWith("sla:")) {
                    assertThat(caseOf.get(c)).isEqualTo(id);
                    seen.add(c);
                }
            }
            assertThat(lifecycle.replay(history)).isEqualTo(service.find(id).orElseThrow());
        }
        assertThat(seen).as("every accepted command is in its case's history").isEqualTo(accepted);
    }
}
