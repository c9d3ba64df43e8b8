package org.qualityloop.benchmarks.store;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.qualityloop.benchmarks.engine.Calendars;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.engine.CaseCommand;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.engine.CommandResult;

/**
 * Accepted commands through {@link CaseService} on a store: each client thread drives its own
 * cases through the closed loop (open, register, respond, start rectification, resolve, start the
 * follow-up, confirm), and every invocation is one command, so that the throughput is commands
 * per second and the sample-time mode gives the latency of one command (p50, p99). Every command
 * is one append transaction with its events, the summary with its due entry and, every tenth
 * event, the snapshot. Run with {@code -t 1} and {@code -t 8} for 1 and 8 client threads; the pool
 * holds as many connections as threads. The stores: see {@link Stores}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.SECONDS)
public class StoreCommandBenchmark {

    private static final Actor AGENT = Actor.agent(AgentId.of("agent-1"));
    private static final AgentId OWNER = AgentId.of("agent-1");
    private static final CommandId[] IDS = new CommandId[7];
    private static final CaseChange REGISTERED = CaseChange.Registered.of(FeedbackCategory.TECHNICAL_ISSUE,
            Severity.MAJOR, Priority.HIGH, OWNER);
    private static final CaseChange RECTIFY = new CaseChange.RectificationStarted("fix the page");
    private static final CaseChange RESOLVED = CaseChange.Resolved.plain();
    private static final CaseChange CONFIRMED = CaseChange.Confirmed.withSatisfaction(5);

    static {
        for (int i = 0; i < IDS.length; i++) {
            IDS[i] = CommandId.of("c" + i);
        }
    }

    /** The store: {@code memory}, {@code h2file} or {@code postgresql}. */
    @Param({"memory", "h2file", "postgresql"})
    public String store;

    /** The size of the connection pool; at least the number of client threads. */
    @Param({"8"})
    public int connections;

    private Stores stores;
    private CaseService service;
    private final AtomicInteger clients = new AtomicInteger();

    /** Opens an empty store and a service on it, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        stores = Stores.open(store, connections);
        FeedbackLifecycle lifecycle = FeedbackLifecycle.standard(Calendars.named("24x7"));
        service = CaseService.builder(lifecycle, Calendars.policy(), Clock.systemUTC()).store(stores.store()).build();
    }

    /** Closes the store and removes its files. */
    @TearDown(Level.Trial)
    public void tearDown() {
        stores.close();
    }

    /** One client thread: the case it is driving and the next command of the loop. */
    @State(Scope.Thread)
    public static class Client {
        private String prefix;
        private long cases;
        private CaseId id;
        private int step;
        private long version;

        /**
         * Names the client's cases.
         *
         * @param b the benchmark's state
         */
        @Setup(Level.Trial)
        public void setUp(StoreCommandBenchmark b) {
            prefix = "t" + b.clients.incrementAndGet() + "-";
        }
    }

    /**
     * One command: the next step of the client's current case.
     *
     * @param c the client
     * @return the case's version after it
     */
    @Benchmark
    public long command(Client c) {
        CommandResult r;
        if (c.step == 0) {
            c.id = CaseId.of(c.prefix + c.cases++);
            Instant now = Instant.now();
            Feedback f = Feedback.builder(FeedbackId.of("fb-" + c.id.value()), Channel.APP, now).build();
            r = service.execute(CaseCommand.open(IDS[0], c.id, AGENT, f));
        } else {
            CaseChange change = switch (c.step) {
                case 1 -> REGISTERED;
                case 2 -> CaseChange.responded();
                case 3 -> RECTIFY;
                case 4 -> RESOLVED;
                case 5 -> CaseChange.followUpStarted();
                default -> CONFIRMED;
            };
            r = service.execute(CaseCommand.of(IDS[c.step], c.id, c.version, AGENT, change));
        }
        if (!(r instanceof CommandResult.Accepted a)) {
            throw new IllegalStateException("command " + c.step + " on " + c.id + " not accepted: " + r);
        }
        c.version = a.version();
        c.step = (c.step + 1) % IDS.length;
        return c.version;
    }
}
