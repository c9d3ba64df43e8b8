package org.qualityloop.workflow.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualityloop.model.CaseId;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.store.CaseQuery;
import org.qualityloop.workflow.store.CaseSummary;
import org.qualityloop.workflow.store.Page;
import org.qualityloop.workflow.store.StoredCase;
import org.qualityloop.workflow.store.StoredEvent;

/**
 * A JVM appending under load is killed with SIGKILL ({@code kill -9}) and restarted, twice: every
 * command it acknowledged is in the store, none twice; every history replays to the case the
 * store loads (snapshot and later events), the snapshot kept is that of the last append crossing
 * the snapshot interval, and the summary and due entry are those of the replayed case; the global
 * feed holds every stored event once, at ascending positions (PostgreSQL's sequence leaves the
 * positions of the appends the kills rolled back unused; H2's counter row leaves none). On
 * PostgreSQL, killed twice, and on an H2 file database, killed {@value #H2_RUNS} times: H2
 * acknowledges a commit before writing it to its file when another thread is writing the file at
 * that moment, which {@link JdbcCaseStore} prevents by running one write transaction at a time on
 * an H2 file; without that, a run of this test lost an acknowledged command or a feed position
 * about one time in three. The child takes {@code h2} or {@code postgresql}.
 */
class FaultCrashTest {

    private static final int THREADS = 4;
    /** Acknowledgements to wait for before each kill: the load is then well under way. */
    private static final int ACKS_BEFORE_KILL = 150;
    /**
     * Kills of the H2 child: each takes a second or two, and a commit H2 acknowledged before
     * writing it is lost only when a kill falls between the two.
     */
    private static final int H2_RUNS = 8;

    @TempDir
    Path dir;

    @Test
    void postgres_killedUnderLoad_keepsEveryAcknowledgedCommandOnce_andEveryHistoryReplays() throws Exception {
        String schema = Databases.newPostgresSchema();
        DataSource ds = PooledDataSource.of(Databases.postgres(schema, Optional.empty()));
        JdbcCaseStore.builder(ds).migrate().build();
        List<Ack> acks = new ArrayList<>();
        acks.addAll(runAndKill(List.of("postgresql", schema, "r1", String.valueOf(THREADS))));
        acks.addAll(runAndKill(List.of("postgresql", schema, "r2", String.valueOf(THREADS))));
        check(ds, acks, false);
    }

    @Test
    void h2File_killedUnderLoad_keepsEveryAcknowledgedCommandOnce_andEveryHistoryReplays() throws Exception {
        // The child creates the schema: an embedded H2 file is open in one process at a time.
        Path file = dir.resolve("cases");
        List<Ack> acks = new ArrayList<>();
        for (int run = 1; run <= H2_RUNS; run++) {
            acks.addAll(runAndKill(List.of("h2", file.toString(), "r" + run, String.valueOf(THREADS))));
        }
        check(JdbcCaseStore.h2File(file), acks, true);
    }

    /** A command the child acknowledged: its case, id and number of events. */
    record Ack(CaseId caseId, CommandId commandId, int events) {
    }

    /** Starts a child, waits for its acknowledgements, kills it and returns every one it printed. */
    private List<Ack> runAndKill(List<String> args) throws Exception {
        Path err = Files.createTempFile(dir, "child", ".err");
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-cp", childClassPath(),
                FaultCrashChild.class.getName()));
        command.addAll(args);
        Process child = new ProcessBuilder(command).redirectError(err.toFile()).start();
        ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
        CountDownLatch enough = new CountDownLatch(ACKS_BEFORE_KILL);
        CountDownLatch ended = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                    if (line.startsWith("ACK ")) {
                        enough.countDown();
                    }
                }
            } catch (IOException e) {
                lines.add("READ FAILED " + e);
            } finally {
                ended.countDown();
                while (enough.getCount() > 0) {
                    enough.countDown();
                }
            }
        }, "child-output");
        reader.start();
        try {
            assertThat(enough.await(3, TimeUnit.MINUTES)).as("the child acknowledged %s commands", ACKS_BEFORE_KILL)
                    .isTrue();
            assertThat(child.isAlive()).as("the child is still appending; its output: %s, %s", lines,
                    Files.readString(err)).isTrue();
        } finally {
            // SIGKILL, as Process.destroyForcibly() sends, but through the handle, which leaves the
            // child's output open: every line it printed before dying is read to the end.
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(ended.await(1, TimeUnit.MINUTES)).as("the child's output ended").isTrue();
        assertThat(child.exitValue()).as("killed by SIGKILL; the child's failures: %s, %s",
                lines.stream().filter(l -> l.startsWith("FAILED")).toList(), Files.readString(err))
                .isEqualTo(128 + 9);
        List<Ack> acks = new ArrayList<>();
        for (String line : lines) {
            assertThat(line).as("child output").matches("READY|ACK .*");
            if (line.startsWith("ACK ")) {
                String[] f = line.split(" ");
                acks.add(new Ack(CaseId.of(f[1]), CommandId.of(f[2]), Integer.parseInt(f[3])));
            }
        }
        assertThat(acks).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
        return acks;
    }

    /**
     * Checks the store after the kills; {@code gapless}: feed positions are 1, 2, 3, ... (H2's
     * counter row), else only ascending (PostgreSQL's sequence skips the positions of the
     * transactions the kills rolled back).
     */
    private static void check(DataSource ds, List<Ack> acks, boolean gapless) throws SQLException {
        JdbcCaseStore store = JdbcCaseStore.builder(ds).snapshotEvery(FaultCrashChild.SNAPSHOT_EVERY).build();
        CaseService service = CaseService.builder(FaultCrashChild.LIFECYCLE, FaultCrashChild.POLICY,
                Clock.systemUTC()).store(store).build();

        // The feed: positions ascending (1, 2, 3, ... without gaps on H2), each event once, and every
        // stored event in it.
        List<StoredEvent> feed = new ArrayList<>();
        for (List<StoredEvent> page = store.read(0, 500); !page.isEmpty();
                page = store.read(feed.get(feed.size() - 1).position(), 500)) {
            feed.addAll(page);
        }
        Set<String> inFeed = new HashSet<>();
        Set<CaseId> cases = new LinkedHashSet<>();
        for (int i = 0; i < feed.size(); i++) {
            StoredEvent e = feed.get(i);
            if (gapless) {
                assertThat(e.position()).as("feed position %s", i + 1).isEqualTo(i + 1);
            } else if (i > 0) {
                assertThat(e.position()).as("feed position after %s", feed.get(i - 1).position())
                        .isGreaterThan(feed.get(i - 1).position());
            }
            assertThat(inFeed.add(e.event().caseId() + "#" + e.event().sequence())).as("event %s#%s twice in the feed",
                    e.event().caseId(), e.event().sequence()).isTrue();
            cases.add(e.event().caseId());
        }
        assertThat(eventKeys(ds)).as("stored events (case#sequence), each in the feed").isEqualTo(inFeed);

        // Every case: its history replays to what the store loads, and no command is in it twice.
        Map<CaseId, List<CaseEvent>> histories = new HashMap<>();
        Map<CaseId, CaseSummary> summaries = new HashMap<>();
        for (CaseId id : cases) {
            List<CaseEvent> history = store.history(id);
            histories.put(id, history);
            for (int i = 0; i < history.size(); i++) {
                assertThat(history.get(i).sequence()).as("sequence in %s", id).isEqualTo(i + 1);
            }
            FeedbackCase replayed = FaultCrashChild.LIFECYCLE.replay(history);
            StoredCase stored = store.load(id).orElseThrow();
            FeedbackCase loaded = stored.snapshot().isPresent()
                    ? FaultCrashChild.LIFECYCLE.replay(stored.snapshot().get(), stored.events())
                    : FaultCrashChild.LIFECYCLE.replay(stored.events());
            assertThat(loaded).as("case %s loaded from its snapshot and later events", id).isEqualTo(replayed);
            assertThat(service.find(id)).as("case %s as the engine reads it", id).contains(replayed);
            Set<CommandId> commands = new HashSet<>();
            CommandId previous = null;
            long snapshotVersion = 0;
            for (int i = 0; i < history.size(); i++) {
                CaseEvent e = history.get(i);
                if (!e.commandId().equals(previous)) {
                    assertThat(commands.add(e.commandId())).as("command %s twice in %s", e.commandId(), id).isTrue();
                    previous = e.commandId();
                }
                boolean lastOfCommand = i + 1 == history.size()
                        || !history.get(i + 1).commandId().equals(e.commandId());
                long before = e.sequence() - history.stream().filter(x -> x.commandId().equals(e.commandId())).count();
                int every = FaultCrashChild.SNAPSHOT_EVERY;
                if (lastOfCommand && e.sequence() / every > before / every) {
                    snapshotVersion = e.sequence(); // the append crossed a multiple of the interval: snapshot kept
                }
            }
            // The snapshot and the summary written with the last append are those of the history.
            assertThat(snapshotVersionOf(ds, id)).as("version of the snapshot kept of %s", id).isEqualTo(snapshotVersion);
            summaries.put(id, CaseSummary.of(replayed));
        }
        Map<CaseId, CaseSummary> stored = new HashMap<>();
        for (Page page = store.openCases(CaseQuery.all(), Optional.empty(), 200); ;
                page = store.openCases(CaseQuery.all(), page.next(), 200)) {
            page.items().forEach(s -> stored.put(s.caseId(), s));
            if (page.next().isEmpty()) {
                break;
            }
        }
        assertThat(stored.keySet()).as("open cases").isEqualTo(summaries.keySet());
        for (CaseSummary expected : summaries.values()) {
            CaseSummary actual = stored.get(expected.caseId());
            assertThat(actual.version()).as("summary of %s", expected.caseId()).isEqualTo(expected.version());
            assertThat(actual.state()).isEqualTo(expected.state());
            assertThat(actual.owner()).isEqualTo(expected.owner());
            assertThat(actual.priority()).isEqualTo(expected.priority());
            assertThat(actual.nextDue()).as("due entry of %s", expected.caseId()).isEqualTo(expected.nextDue());
            assertThat(actual.updatedAt()).isEqualTo(expected.updatedAt().truncatedTo(ChronoUnit.MICROS));
        }

        // Every acknowledged command: in its case's history once, with all its events.
        Set<String> acked = new HashSet<>();
        for (Ack a : acks) {
            assertThat(acked.add(a.caseId() + "/" + a.commandId())).as("acknowledged twice: %s", a).isTrue();
            assertThat(histories).as("case of %s in the feed", a).containsKey(a.caseId());
            long events = histories.get(a.caseId()).stream().filter(e -> e.commandId().equals(a.commandId())).count();
            assertThat(events).as("events of acknowledged command %s", a).isEqualTo(a.events());
        }
        assertThat(feed.size()).as("the feed holds at least the acknowledged events")
                .isGreaterThanOrEqualTo(acks.stream().mapToInt(Ack::events).sum());
    }

    private static long snapshotVersionOf(DataSource ds, CaseId id) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT version FROM ql_snapshot WHERE case_id = ?")) {
            p.setString(1, id.value());
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static Set<String> eventKeys(DataSource ds) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT case_id, event_seq FROM ql_event")) {
            while (rs.next()) {
                keys.add(rs.getString(1) + "#" + rs.getLong(2));
            }
        }
        return keys;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The test JVM's class path for the child, which runs everything on the class path: Surefire
     * puts this module's classes (and the modules it reads) on the module path and patches the test
     * classes into the module, so the module path and the test classes' folder are added.
     */
    private static String childClassPath() throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        URL self = FaultCrashChild.class.getResource(FaultCrashChild.class.getSimpleName() + ".class");
        if (self != null && self.getProtocol().equals("file")) {
            Path p = Path.of(self.toURI());
            for (int i = 0; i < FaultCrashChild.class.getName().split("\\.").length; i++) {
                p = p.getParent();
            }
            entries.add(p.toString());
        }
        for (String property : List.of("java.class.path", "jdk.module.path")) {
            String v = System.getProperty(property);
            if (v != null) {
                for (String e : v.split(File.pathSeparator)) {
                    if (!e.isBlank()) {
                        entries.add(e);
                    }
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
