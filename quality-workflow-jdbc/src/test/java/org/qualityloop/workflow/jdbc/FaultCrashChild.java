package org.qualityloop.workflow.jdbc;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.engine.CaseCommand;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.engine.CommandResult;

/**
 * The child JVM of {@link FaultCrashTest}: appends commands through a {@link CaseService} over a
 * {@link JdbcCaseStore} from several threads until it is killed, printing {@code ACK <case>
 * <command> <events>} once {@code execute} has returned a command as accepted. Each thread opens
 * cases one after another and sends each a registration (two events), three escalations and a
 * priority change (two events). Prints {@code READY} when the store is open, and {@code FAILED}
 * with the exception's class and exits when anything goes wrong.
 *
 * <p>Arguments: {@code h2 <file>} (the schema created or upgraded there) or {@code postgresql <schema>} (the server from the
 * environment, as for the tests), then the run's name (a prefix of its case ids) and the number
 * of threads.
 */
final class FaultCrashChild {

    static final Instant RECEIVED = Instant.parse("2026-03-02T08:00:00Z");
    static final FeedbackLifecycle LIFECYCLE =
            FeedbackLifecycle.standard(BusinessCalendar.twentyFourSeven("24x7", ZoneOffset.UTC));
    static final SlaPolicy POLICY = new SlaPolicy("crash", List.of(),
            Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofHours(1), SlaTarget.RESOLUTION, Duration.ofHours(8)),
            List.of(), ReopenMode.RESTART);
    /** The interval of kept snapshots, so that loads read a snapshot and events after it. */
    static final int SNAPSHOT_EVERY = 3;

    private FaultCrashChild() {
    }

    /**
     * Runs the load until the process is killed.
     *
     * @param args the database, its file or schema, the run's name and the number of threads
     */
    public static void main(String[] args) {
        DataSource ds = args[0].equals("h2") ? JdbcCaseStore.h2File(Path.of(args[1]))
                : PooledDataSource.of(Databases.postgres(args[1], Optional.empty()));
        String run = args[2];
        int threads = Integer.parseInt(args[3]);
        JdbcCaseStore.Builder builder = JdbcCaseStore.builder(ds).snapshotEvery(SNAPSHOT_EVERY);
        JdbcCaseStore store = (args[0].equals("h2") ? builder.migrate() : builder).build();
        CaseService service = CaseService.builder(LIFECYCLE, POLICY, Clock.systemUTC()).store(store).build();
        System.out.println("READY");
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String prefix = run + "-t" + t;
            Thread w = new Thread(() -> load(service, prefix), "load-" + t);
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void load(CaseService service, String prefix) {
        Actor agent = Actor.agent(AgentId.of("agent-1"));
        try {
            for (int n = 1; ; n++) {
                CaseId id = CaseId.of("case-" + prefix + "-" + n);
                Feedback f = Feedback.builder(FeedbackId.of("fb-" + id.value()), Channel.APP, RECEIVED).build();
                long v = ack(service.execute(CaseCommand.open(CommandId.of(id.value() + "/open"), id, agent, f)));
                v = ack(service.execute(CaseCommand.of(CommandId.of(id.value() + "/reg"), id, v, agent,
                        CaseChange.Registered.of(FeedbackCategory.QUALITY, Severity.MAJOR, Priority.MEDIUM,
                                AgentId.of("owner-" + n % 5)))));
                for (int e = 1; e <= 3; e++) {
                    v = ack(service.execute(CaseCommand.of(CommandId.of(id.value() + "/esc-" + e), id, v, agent,
                            new CaseChange.Escalated(AgentId.of("lead"), Optional.empty(), "load"))));
                }
                ack(service.execute(CaseCommand.of(CommandId.of(id.value() + "/prio"), id, v, agent,
                        new CaseChange.PriorityChanged(Priority.HIGH))));
            }
        } catch (RuntimeException | Error e) {
            System.out.println("FAILED " + e.getClass().getName() + ": " + e.getMessage());
            System.out.flush();
            Runtime.getRuntime().halt(3);
        }
    }

    /** Prints the acknowledgement of an accepted command and returns the case's version. */
    private static long ack(CommandResult r) {
        if (!(r instanceof CommandResult.Accepted a) || a.retry()) {
            throw new IllegalStateException("not accepted anew: " + r);
        }
        String line = "ACK " + a.current().id() + " " + a.events().get(0).commandId() + " " + a.events().size();
        synchronized (System.out) {
            System.out.println(line);
            System.out.flush();
        }
        return a.current().version();
    }
}
