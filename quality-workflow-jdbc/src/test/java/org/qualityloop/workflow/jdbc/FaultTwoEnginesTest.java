package org.qualityloop.workflow.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.sla.SlaWarning;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseEventType;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.engine.CaseCommand;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.engine.CommandResult;
import org.qualityloop.workflow.engine.EscalationPolicy;

/**
 * Two engines, each with its own {@link JdbcCaseStore} and connections over one database, run
 * their SLA monitors ({@link CaseService#processDue}) from eight threads each while a shared clock
 * moves in steps: every warning and breach of every target of every case is recorded exactly
 * once across both engines, every recording an engine reported is in a history once, and after
 * each step {@link CaseService#nextDue()} is empty or ahead of the clock, never stuck on an instant
 * already handled. On H2 in memory and on PostgreSQL.
 */
class FaultTwoEnginesTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Actor AGENT = Actor.agent(AgentId.of("agent-1"));
    private static final int THREADS_PER_ENGINE = 8;
    private static final int CASES_PER_THREAD = 3;
    /** First response in 1 h, resolution in 8 h; warnings at half the time and 10 minutes before. */
    private static final SlaPolicy POLICY = new SlaPolicy("two-engines", List.of(),
            Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofHours(1), SlaTarget.RESOLUTION, Duration.ofHours(8)),
            List.of(new SlaWarning.Share(new BigDecimal("0.5")), new SlaWarning.Before(Duration.ofMinutes(10))),
            ReopenMode.RESTART);
    /** The clock's steps: some reach one alert per case, some several at once. */
    private static final List<Duration> STEPS = List.of(Duration.ofMinutes(20), Duration.ofMinutes(15),
            Duration.ofMinutes(30), Duration.ofHours(4), Duration.ofMinutes(200), Duration.ofMinutes(40));
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Test
    void h2_twoEnginesWithEightThreadsEach_recordEveryAlertOnce() throws Exception {
        String name = "ql-two-engines-" + COUNTER.incrementAndGet();
        run(engine -> JdbcCaseStore.h2InMemory(name));
    }

    @Test
    void postgres_twoEnginesWithEightThreadsEach_recordEveryAlertOnce() throws Exception {
        String schema = Databases.newPostgresSchema();
        run(engine -> PooledDataSource.of(Databases.postgres(schema, Optional.of("ql-engine-" + engine))));
    }

    /** A clock moved by the test, shared by both engines. */
    private static final class SteppedClock extends Clock {
        private final AtomicReference<Instant> now;
        private final ZoneId zone;

        SteppedClock() {
            this(new AtomicReference<>(T0), ZoneOffset.UTC);
        }

        private SteppedClock(AtomicReference<Instant> now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void advance(Duration d) {
            now.updateAndGet(t -> t.plus(d));
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        /** The same moving instant seen in another zone. */
        @Override
        public Clock withZone(ZoneId newZone) {
            return new SteppedClock(now, java.util.Objects.requireNonNull(newZone, "zone"));
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    private void run(Function<String, DataSource> dataSourceOf) throws Exception {
        SteppedClock clock = new SteppedClock();
        List<CaseService> engines = new ArrayList<>();
        for (String engine : List.of("a", "b")) {
            JdbcCaseStore store = JdbcCaseStore.builder(dataSourceOf.apply(engine)).migrate().build();
            engines.add(CaseService.builder(FaultCrashChild.LIFECYCLE, POLICY, clock).store(store)
                    .claimLease(Duration.ofMinutes(5))
                    .escalation(EscalationPolicy.onBreach(List.of(AgentId.of("lead")), Set.of(SlaTarget.RESOLUTION)))
                    .build());
        }
        int threads = engines.size() * THREADS_PER_ENGINE;
        Map<String, String> recorded = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        List<CaseId> ids = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            for (int n = 0; n < CASES_PER_THREAD; n++) {
                ids.add(CaseId.of("case-" + t + "-" + n));
            }
        }
        CyclicBarrier stepDone = new CyclicBarrier(threads);
        CyclicBarrier clockMoved = new CyclicBarrier(threads);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            CaseService engine = engines.get(t % engines.size());
            Thread w = new Thread(() -> {
                try {
                    for (int n = 0; n < CASES_PER_THREAD; n++) {
                        openAndRegister(engine, CaseId.of("case-" + thread + "-" + n));
                    }
                    for (Duration step : STEPS) {
                        stepDone.await(2, TimeUnit.MINUTES);
                        if (thread == 0) {
                            // every thread has drained and waits: nothing is due up to the clock now
                            notStuck(engines, clock.instant());
                            clock.advance(step);
                        }
                        clockMoved.await(2, TimeUnit.MINUTES);
                        drain(engine, clock.instant(), recorded, problems, thread);
                    }
                    stepDone.await(2, TimeUnit.MINUTES);
                    if (thread == 0) {
                        notStuck(engines, clock.instant());
                    }
                } catch (Exception | AssertionError e) {
                    problems.add("thread " + thread + ": " + e);
                    stepDone.reset();
                    clockMoved.reset();
                }
            }, "engine-" + (t % engines.size()) + "-thread-" + t);
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join(TimeUnit.MINUTES.toMillis(5));
            assertThat(w.isAlive()).as("%s still running", w.getName()).isFalse();
        }
        assertThat(problems).isEmpty();

        Instant now = clock.instant();
        int alertEvents = 0;
        for (CaseId id : ids) {
            List<CaseEvent> history = engines.get(0).history(id);
            FeedbackCase replayed = FaultCrashChild.LIFECYCLE.replay(history);
            for (CaseService engine : engines) {
                assertThat(engine.find(id)).as("%s as each engine reads it", id).contains(replayed);
            }
            assertThat(FaultCrashChild.LIFECYCLE.dueAlerts(replayed, now)).as("alerts left unrecorded on %s", id)
                    .isEmpty();
            Map<String, Integer> perAlert = new HashMap<>();
            for (CaseEvent e : history) {
                if (e.change() instanceof CaseChange.SlaWarningReached w) {
                    perAlert.merge(w.target() + " warning " + w.warning(), 1, Integer::sum);
                } else if (e.change() instanceof CaseChange.SlaBreached b) {
                    perAlert.merge(b.target() + " breach", 1, Integer::sum);
                }
                if (e.type() == CaseEventType.SLA_WARNING || e.type() == CaseEventType.SLA_BREACH) {
                    alertEvents++;
                    assertThat(recorded).as("alert %s on %s reported by an engine", e.commandId(), id)
                            .containsKey(id + "/" + e.commandId());
                }
            }
            Map<String, Integer> once = new HashMap<>();
            for (SlaTarget target : List.of(SlaTarget.FIRST_RESPONSE, SlaTarget.RESOLUTION)) {
                once.put(target + " warning 0", 1);
                once.put(target + " warning 1", 1);
                once.put(target + " breach", 1);
            }
            assertThat(perAlert).as("alerts recorded on %s", id).isEqualTo(once);
        }
        assertThat(alertEvents).as("every reported recording is in a history, once").isEqualTo(recorded.size());
        for (CaseService engine : engines) {
            assertThat(engine.nextDue()).as("no alert is ahead once every target is breached").isEmpty();
        }
    }

    /** nextDue() on every engine: empty or after the instant every thread has drained up to. */
    private static void notStuck(List<CaseService> engines, Instant now) {
        for (CaseService engine : engines) {
            engine.nextDue().ifPresent(t -> assertThat(t).as("nextDue() after draining up to %s", now).isAfter(now));
            assertThat(engine.store().due(now, 10)).as("due entries after draining up to %s", now).isEmpty();
        }
    }

    private static void openAndRegister(CaseService engine, CaseId id) {
        long v = engine.executeOrThrow(CaseCommand.open(CommandId.of("open-" + id.value()), id, AGENT,
                Feedback.builder(FeedbackId.of("fb-" + id.value()), Channel.APP, T0).build())).version();
        engine.executeOrThrow(CaseCommand.of(CommandId.of("reg-" + id.value()), id, v, AGENT,
                CaseChange.Registered.of(FeedbackCategory.QUALITY, Severity.MAJOR, Priority.HIGH, AgentId.of("li"))));
    }

    /**
     * Runs the monitor until nothing is due now as this engine sees it, recording what it
     * reported; a case another thread holds is due again only when that thread is done with it.
     */
    private static void drain(CaseService engine, Instant now, Map<String, String> recorded,
            ConcurrentLinkedQueue<String> problems, int thread) {
        int rounds = 0;
        while (engine.nextDue().filter(t -> !t.isAfter(now)).isPresent()) {
            assertThat(++rounds).as("draining must end: nextDue() stuck at %s", engine.nextDue()).isLessThan(5_000);
            for (CommandResult r : engine.processDue(2)) {
                if (!(r instanceof CommandResult.Accepted a)) {
                    problems.add("thread " + thread + ": alert not recorded: " + r);
                    continue;
                }
                if (!a.retry()) {
                    String key = a.current().id() + "/" + a.events().get(0).commandId();
                    String earlier = recorded.putIfAbsent(key, "thread " + thread);
                    if (earlier != null) {
                        problems.add("alert " + key + " recorded by " + earlier + " and again by thread " + thread);
                    }
                }
            }
        }
    }
}
