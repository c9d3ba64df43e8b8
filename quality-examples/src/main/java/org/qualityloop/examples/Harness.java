package org.qualityloop.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.qualityloop.examples.internal.Console;
import org.qualityloop.examples.internal.HtmlReport;
import org.qualityloop.examples.internal.results.RunResults;
import org.qualityloop.examples.report.QualityReport;
import org.qualityloop.examples.scenario.Improvement;
import org.qualityloop.examples.scenario.Scenario;
import org.qualityloop.examples.scenario.ScenarioFormatException;
import org.qualityloop.examples.scenario.ScenarioJson;
import org.qualityloop.examples.scenario.ScenarioKpi;
import org.qualityloop.examples.simulation.Comparison;
import org.qualityloop.examples.simulation.ProgressListener;
import org.qualityloop.examples.simulation.Simulation;
import org.qualityloop.examples.simulation.SimulationResult;
import org.qualityloop.model.Priority;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.model.kpi.KpiDirection;
import org.qualityloop.model.sla.SlaContext;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.store.CaseStoreException;

/**
 * The command-line harness testers run: it simulates a scenario (built in, or a JSON file) for a
 * number of service cases with a seed, drives every feedback case through the case engine, and
 * prints the KPI scorecard, NPS, SLA compliance, what the workflow did, the Pareto of complaint
 * categories, control-chart alarms, survey analyses and the throughput; it writes the HTML
 * report (named after the scenario and the seed unless {@code --report} names the file or
 * {@code --no-report} is given), can write the results as JSON or CSV for CI, and can run an
 * improvement before/after. {@code --help} lists the options.
 *
 * <p>Run it with {@code ./mvnw -B -q -Pharness -pl quality-examples -am process-classes}; pass
 * options with {@code -Dexec.args="--scenario hotel --cases 20000"}.
 *
 * <p>Everything printed on standard output depends only on the options, except the throughput
 * lines (they start with {@code "  throughput:"}); progress goes to standard error, once a run
 * has taken more than two seconds.
 */
public final class Harness {

    /** The instant {@code --describe} uses when none is given: Wednesday 30 September 2026, 16:30 in Shanghai. */
    static final Instant DEFAULT_RECEIVED = Instant.parse("2026-09-30T08:30:00Z");

    /** The wall-clock time after which a run reports its progress. */
    static final Duration PROGRESS_AFTER = Duration.ofSeconds(2);

    /**
     * The system property naming the directory of the reports written when {@code --report} is
     * not given; the Maven profile sets it to {@code quality-examples/target/reports}.
     */
    static final String REPORT_DIR_PROPERTY = "qualityloop.reportDir";

    /** The report directory without the system property: {@code target/reports} under the working directory. */
    static final Path DEFAULT_REPORT_DIR = Path.of("target", "reports");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT);

    private Harness() {
    }

    /**
     * Runs the harness and exits with its status.
     *
     * @param args the command-line options; see {@code --help}
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err, System::nanoTime);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The options of one invocation. */
    private static final class Options {
        String scenario = "business-travel";
        long seed = Simulation.DEFAULT_SEED;
        int cases = Simulation.DEFAULT_CASES;
        Optional<Path> report = Optional.empty();
        Optional<Path> reportDir = Optional.empty();
        boolean noReport;
        Optional<Path> json = Optional.empty();
        Optional<Path> csv = Optional.empty();
        String improvement = "off";
        Path writeScenario;
        boolean describe;
        boolean list;
        Instant received = DEFAULT_RECEIVED;
        String store = "memory";
        Optional<String> dbUser = Optional.empty();
    }

    /** A usage error, with the message to print. */
    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /**
     * Runs the harness, writing to the given streams.
     *
     * @param args the command-line options
     * @param out where results go
     * @param err where progress and errors go
     * @param nanoTime the wall clock for the throughput and the progress, such as {@code System::nanoTime}
     * @return 0 on success, 1 when a file cannot be read or written, 2 on a usage error or an invalid
     *     scenario file
     */
    static int run(String[] args, PrintStream out, PrintStream err, LongSupplier nanoTime) {
        return run(args, out, err, nanoTime, Optional.ofNullable(System.getenv(StoreOption.PASSWORD_VARIABLE)));
    }

    /**
     * Runs the harness, writing to the given streams, with the database password given.
     *
     * @param args the command-line options
     * @param out where results go
     * @param err where progress and errors go
     * @param nanoTime the wall clock for the throughput and the progress
     * @param dbPassword the PostgreSQL password, if any (from the environment)
     * @return the exit status, as {@link #run(String[], PrintStream, PrintStream, LongSupplier)}
     */
    static int run(String[] args, PrintStream out, PrintStream err, LongSupplier nanoTime,
            Optional<String> dbPassword) {
        return run(args, out, err, nanoTime, dbPassword, defaultReportDirectory());
    }

    /**
     * The directory a run's report goes to when neither {@code --report} nor {@code --report-dir}
     * is given: the system property {@value #REPORT_DIR_PROPERTY} when set (the Maven profile sets
     * it to the module's {@code target/reports}), else {@code target/reports} under the working
     * directory.
     *
     * @return the directory, not necessarily existing yet
     */
    static Path defaultReportDirectory() {
        String configured = System.getProperty(REPORT_DIR_PROPERTY);
        return configured == null || configured.isBlank() ? DEFAULT_REPORT_DIR : Path.of(configured);
    }

    /**
     * The file name of a run's report when {@code --report} does not give one: the scenario's
     * name and the seed, and the improvement's name when one was run, such as
     * {@code hotel-seed7-self-check-in.html}. Characters other than letters, digits, '.', '_' and
     * '-' become '-', so the name of a scenario read from a file is a safe file name.
     *
     * @param scenario the scenario's name
     * @param seed the seed
     * @param improvement the improvement run, if any
     * @return the file name
     */
    static String reportFileName(String scenario, long seed, Optional<String> improvement) {
        return safe(scenario) + "-seed" + seed + improvement.map(i -> "-" + safe(i)).orElse("") + ".html";
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "-");
    }

    /**
     * Runs the harness, writing to the given streams, with the database password and the default
     * report directory given.
     *
     * @param args the command-line options
     * @param out where results go
     * @param err where progress and errors go
     * @param nanoTime the wall clock for the throughput and the progress
     * @param dbPassword the PostgreSQL password, if any (from the environment)
     * @param reportDir where the report goes unless {@code --report} or {@code --report-dir} says
     * @return the exit status, as {@link #run(String[], PrintStream, PrintStream, LongSupplier)}
     */
    static int run(String[] args, PrintStream out, PrintStream err, LongSupplier nanoTime,
            Optional<String> dbPassword, Path reportDir) {
        Options o;
        try {
            o = parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (o == null) {
            usage(out);
            return 0;
        }
        if (o.noReport && (o.report.isPresent() || o.reportDir.isPresent())) {
            err.println("--no-report cannot be combined with " + (o.report.isPresent() ? "--report" : "--report-dir"));
            return 2;
        }
        if (o.report.isPresent() && o.reportDir.isPresent()) {
            err.println("--report names the report's file and --report-dir only its directory: give one of them");
            return 2;
        }
        if (o.list) {
            list(out);
            return 0;
        }
        Scenario scenario;
        try {
            scenario = Scenarios.load(o.scenario);
        } catch (ScenarioFormatException e) {
            err.println("invalid scenario file: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "; try --list");
            return 2;
        } catch (IOException e) {
            err.println("cannot read scenario file '" + o.scenario + "': " + e.getMessage());
            return 1;
        }
        if (o.writeScenario != null) {
            try {
                write(o.writeScenario, ScenarioJson.write(scenario));
            } catch (IOException e) {
                err.println("cannot write '" + o.writeScenario + "': " + e.getMessage());
                return 1;
            }
            out.println("scenario " + scenario.name() + " written to " + o.writeScenario.toAbsolutePath());
            return 0;
        }
        if (o.describe) {
            describe(scenario, o.received, out);
            return 0;
        }
        Optional<Improvement> improvement;
        StoreOption store;
        try {
            improvement = improvement(scenario, o.improvement);
            store = store(o, dbPassword, improvement.isPresent());
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 2;
        }

        Optional<String> shortOfHeap = heapShortfall(o.cases, Runtime.getRuntime().maxMemory());
        if (shortOfHeap.isPresent()) {
            err.println(shortOfHeap.get());
            return 2;
        }
        Optional<Comparison> comparison = Optional.empty();
        try (store) {
            Simulation simulation = Simulation.of(scenario).seed(o.seed).cases(o.cases).store(store::open);
            long start = nanoTime.getAsLong();
            SimulationResult result = simulation.progress(progress("", err, nanoTime, start)).run();
            long elapsed = nanoTime.getAsLong() - start;
            Console.print(scenario, result, out);
            long afterElapsed = 0;
            SimulationResult after = null;
            if (improvement.isPresent()) {
                long afterStart = nanoTime.getAsLong();
                after = Simulation.of(scenario.with(improvement.get())).seed(Simulation.afterSeed(o.seed))
                        .cases(o.cases).store(store::open)
                        .progress(progress("after " + improvement.get().name() + ": ", err, nanoTime, afterStart))
                        .run();
                afterElapsed = nanoTime.getAsLong() - afterStart;
                comparison = Optional.of(Comparison.of(improvement.get(), result, after));
                Console.print(comparison.get(), out);
            }
            out.println("== Throughput");
            String where = store.isMemory() ? "" : " (store: " + store.describe() + ")";
            throughput("", result, elapsed, where, out);
            if (after != null) {
                throughput("after " + improvement.get().name() + ", ", after, afterElapsed, where, out);
            }
            Optional<Comparison> compared = comparison;
            if (o.json.isPresent() || o.csv.isPresent()) {
                RunResults results = RunResults.of(scenario, result, compared);
                int status = o.json.isEmpty() ? 0 : writeResults(o.json.get(), results.toJson(), "JSON", out, err);
                if (status == 0 && o.csv.isPresent()) {
                    status = writeResults(o.csv.get(), results.toCsv(), "CSV", out, err);
                }
                if (status != 0) {
                    return status;
                }
            }
            if (!o.noReport) {
                Path file = o.report.orElseGet(() -> o.reportDir.orElse(reportDir).resolve(reportFileName(
                        scenario.name(), o.seed, compared.map(c -> c.improvement().name()))));
                return report(file, HtmlReport.of(scenario, result, comparison), out, err);
            }
        } catch (StoreOption.Unavailable | CaseStoreException e) {
            err.println(e.getMessage());
            return 1;
        }
        return 0;
    }

    private static int writeResults(Path file, String text, String what, PrintStream out, PrintStream err) {
        try {
            write(file, text);
        } catch (IOException e) {
            err.println("cannot write the " + what + " results '" + file + "': " + e.getMessage());
            return 1;
        }
        out.println("== " + what + " results");
        out.println("  " + file.toAbsolutePath().normalize());
        return 0;
    }

    private static int report(Path file, QualityReport report, PrintStream out, PrintStream err) {
        try {
            write(file, report.toHtml());
        } catch (IOException e) {
            err.println("cannot write the report '" + file + "': " + e.getMessage());
            return 1;
        }
        out.println("== HTML report");
        out.printf(Locale.ROOT, "  %s (%d sections, self-contained)%n", file.toAbsolutePath().normalize(),
                report.sections().size());
        for (var s : report.sectionsWithoutData()) {
            out.println("  no data for: " + s.title());
        }
        return 0;
    }

    /**
     * Why a run of this many cases would not fit the heap, if it would not: a run holds every case
     * until it ends, so one that cannot fit is refused before it starts rather than failing with
     * an out-of-memory error after minutes.
     *
     * @param cases the number of service cases
     * @param maxHeap the most heap the JVM may use ({@code Runtime.maxMemory()})
     * @return the message, or empty when the run fits
     */
    static Optional<String> heapShortfall(int cases, long maxHeap) {
        long needed = Simulation.heapNeeded(cases);
        if (maxHeap == Long.MAX_VALUE || needed <= maxHeap) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "--cases %d needs about %d MB of heap (%d bytes a case and"
                + " %d MB besides, as measured), but this JVM may use %d MB; run fewer cases, or give the JVM more"
                + " heap with -Xmx", cases, mb(needed), Simulation.HEAP_BYTES_PER_CASE,
                mb(Simulation.HEAP_BASE_BYTES), mb(maxHeap)));
    }

    private static long mb(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    private static void write(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void throughput(String label, SimulationResult r, long nanos, String where, PrintStream out) {
        double s = Math.max(nanos, 1) / 1e9;
        out.printf(Locale.ROOT, "  throughput: %s%,d service cases, %,d feedback cases and %,d workflow commands in %.2f s:"
                + " %,.0f cases/s, %,.0f feedback cases/s%s%n", label, r.run().cases(), r.run().feedbackCases(),
                r.workflow().commands(), s, r.run().cases() / s, r.run().feedbackCases() / s, where);
    }

    private static StoreOption store(Options o, Optional<String> password, boolean improvement)
            throws UsageException {
        StoreOption store;
        try {
            store = StoreOption.parse(o.store, o.dbUser, password);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (improvement && !store.freshPerRun()) {
            throw new UsageException("--improvement runs the scenario twice, each run on an empty store: use it with"
                    + " --store memory or h2:mem, not " + store.describe());
        }
        return store;
    }

    /** Prints a progress line at every 10 % once the run has taken longer than {@link #PROGRESS_AFTER}. */
    private static ProgressListener progress(String label, PrintStream err, LongSupplier nanoTime, long start) {
        long[] next = {10};
        return (done, total, at) -> {
            long percent = total == 0 ? 100 : done * 100 / total;
            if (percent < next[0]) {
                return;
            }
            while (next[0] <= percent) {
                next[0] += 10;
            }
            if (nanoTime.getAsLong() - start >= PROGRESS_AFTER.toNanos()) {
                err.printf(Locale.ROOT, "progress: %s%d %% (%,d of %,d service cases, simulated time %s)%n", label,
                        Math.min(100, percent), done, total, at.toString().substring(0, 10));
            }
        };
    }

    private static Optional<Improvement> improvement(Scenario scenario, String name) throws UsageException {
        if (name.equals("off")) {
            return Optional.empty();
        }
        if (name.equals("on")) {
            return Optional.of(scenario.improvements().get(0));
        }
        Optional<Improvement> i = scenario.improvement(name);
        if (i.isEmpty()) {
            throw new UsageException("--improvement must be on, off or one of "
                    + scenario.improvements().stream().map(Improvement::name).toList() + " of scenario "
                    + scenario.name() + ", but was '" + name + "'");
        }
        return i;
    }

    private static Options parse(String[] args) throws UsageException {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--scenario" -> o.scenario = value(args, ++i, a, "a built-in scenario name or a JSON file");
                case "--seed" -> {
                    String v = value(args, ++i, a, "a whole number");
                    try {
                        o.seed = Long.parseLong(v);
                    } catch (NumberFormatException e) {
                        throw new UsageException("--seed must be a whole number, but was '" + v + "'");
                    }
                }
                case "--cases" -> {
                    String v = value(args, ++i, a, "a number of service cases");
                    try {
                        o.cases = Integer.parseInt(v.replace("_", ""));
                    } catch (NumberFormatException e) {
                        throw new UsageException("--cases must be a whole number from 1 to " + Simulation.MAX_CASES
                                + ", but was '" + v + "'");
                    }
                    if (o.cases < 1 || o.cases > Simulation.MAX_CASES) {
                        throw new UsageException("--cases must be from 1 to " + Simulation.MAX_CASES + ", but was "
                                + o.cases);
                    }
                }
                case "--report" -> o.report = Optional.of(Path.of(value(args, ++i, a, "an HTML file path")));
                case "--report-dir" -> o.reportDir = Optional.of(Path.of(value(args, ++i, a, "a directory path")));
                case "--no-report" -> o.noReport = true;
                case "--json" -> o.json = Optional.of(Path.of(value(args, ++i, a, "a JSON file path")));
                case "--csv" -> o.csv = Optional.of(Path.of(value(args, ++i, a, "a CSV file path")));
                case "--improvement" -> o.improvement = value(args, ++i, a, "on, off or an improvement's name");
                case "--write-scenario" -> o.writeScenario = Path.of(value(args, ++i, a, "a JSON file path"));
                case "--store" -> o.store = value(args, ++i, a, "memory, h2:mem, h2:<path> or a PostgreSQL JDBC URL");
                case "--db-user" -> o.dbUser = Optional.of(value(args, ++i, a, "a database user name"));
                case "--describe" -> o.describe = true;
                case "--list" -> o.list = true;
                case "--received" -> {
                    String v = value(args, ++i, a, "an ISO-8601 instant, e.g. 2026-09-30T08:30:00Z");
                    try {
                        o.received = Instant.parse(v);
                    } catch (DateTimeParseException e) {
                        throw new UsageException("--received must be an ISO-8601 instant such as 2026-09-30T08:30:00Z,"
                                + " but was '" + v + "'");
                    }
                    o.describe = true;
                }
                default -> throw new UsageException("unknown option '" + a + "'; try --help");
            }
        }
        return o;
    }

    private static String value(String[] args, int i, String option, String what) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(option + " needs " + what);
        }
        return args[i];
    }

    private static void usage(PrintStream out) {
        out.println("Quality Loop harness: simulate a service scenario end to end and report its service quality.");
        out.println();
        out.println("Usage: ./mvnw -B -q -Pharness -pl quality-examples -am process-classes -Dexec.args=\"<options>\"");
        out.println();
        out.println("Options:");
        out.println("  --scenario <name|file>   a built-in scenario (" + String.join(", ", Scenarios.names())
                + "),");
        out.println("                           a bundled JSON scenario (service-centre) or the path of a JSON");
        out.println("                           scenario file (docs/scenarios.md); default business-travel");
        out.println("  --seed <n>               the seed of every random draw; the same seed gives the same");
        out.println("                           numbers (default " + Simulation.DEFAULT_SEED + ")");
        out.println("  --cases <n>              the number of service cases (orders, stays, journeys) to simulate;");
        out.println("                           each may give feedback that runs through the workflow engine");
        out.printf(Locale.ROOT, "                           (default %,d)%n", Simulation.DEFAULT_CASES);
        out.println("  --report <file>          write the self-contained HTML report to <file>; by default every run");
        out.println("                           writes it to <dir>/<scenario>-seed<seed>[-<improvement>].html");
        out.println("  --report-dir <dir>       the directory of that named report (default: the system property");
        out.println("                           " + REPORT_DIR_PROPERTY + ", which the Maven profile sets to");
        out.println("                           quality-examples/target/reports, else target/reports)");
        out.println("  --no-report              write no HTML report");
        out.println("  --json <file>            write the scorecard, SLA compliance, the before/after tests and the");
        out.println("                           verdict as JSON for CI (format in docs/scenarios.md)");
        out.println("  --csv <file>             write the same results as CSV, one row per KPI and SLA target");
        out.println("  --improvement <name>     run the scenario again with an improvement applied and compare");
        out.println("                           every KPI before and after with its significance test: on (the");
        out.println("                           scenario's first improvement), off (default), placebo, or a name");
        out.println("                           listed by --list");
        out.println("  --store <where>          where the workflow keeps its cases: memory (default), h2:mem");
        out.println("                           (H2 in memory), h2:<path> (H2 in the file <path>.mv.db) or a");
        out.println("                           PostgreSQL URL jdbc:postgresql://host:port/database[?user=name];");
        out.println("                           the schema is installed when missing; the store must hold no");
        out.println("                           cases yet; the results are the same as in memory");
        out.println("  --db-user <name>         the PostgreSQL user, if not in the URL; the password is read from");
        out.println("                           the environment variable " + StoreOption.PASSWORD_VARIABLE
                + ", never from the command line");
        out.println("  --list                   list the built-in scenarios and their improvements");
        out.println("  --write-scenario <file>  write the scenario as JSON to <file>, a starting point for your own");
        out.println("  --describe               print the scenario's process, KPI table and SLA deadlines instead");
        out.println("                           of simulating it");
        out.println("  --received <instant>     with --describe: when the example complaint arrives (ISO-8601,");
        out.println("                           default " + DEFAULT_RECEIVED + ")");
        out.println("  --help                   print this help");
        out.println();
        out.println("Standard output is the same for the same options, except the lines starting with");
        out.println("\"  throughput:\"; progress goes to standard error when a run takes more than 2 seconds.");
    }

    private static void list(PrintStream out) {
        out.println("Built-in scenarios (and a bundled JSON one) with their improvements:");
        List<String> names = new java.util.ArrayList<>(Scenarios.names());
        names.addAll(Scenarios.bundled());
        for (String name : names) {
            Scenario s;
            try {
                s = Scenarios.load(name);
            } catch (IOException e) {
                continue;
            }
            out.printf(Locale.ROOT, "  %-20s %s%n", name, s.title());
            for (Improvement i : s.improvements()) {
                out.printf(Locale.ROOT, "    %-22s %s%n", i.name(), i.description());
            }
        }
    }

    private static void describe(Scenario scenario, Instant received, PrintStream out) {
        out.println("== Service process");
        out.print(scenario.process().describe());
        out.println();

        out.println("== KPIs (stage, KPI, target, at risk from, review)");
        for (ScenarioKpi k : scenario.kpis()) {
            KpiDefinition kpi = k.definition();
            String sign = kpi.direction() == KpiDirection.HIGHER_IS_BETTER ? ">= " : "<= ";
            out.printf(Locale.ROOT, "  %-14s %-32s %-14s %-14s %s%n",
                    kpi.stage().map(Object::toString).orElse("-"), kpi.name(),
                    sign + kpi.target().toPlainString() + " " + unit(kpi),
                    kpi.atRisk().toPlainString() + " " + unit(kpi),
                    kpi.reviewFrequency().name().toLowerCase(Locale.ROOT));
        }
        out.println();

        BusinessCalendar calendar = scenario.calendar();
        SlaPolicy policy = scenario.slaPolicy();
        ZoneId zone = calendar.zone();
        out.println("== SLA deadlines for a complaint received " + when(received, zone) + " (" + zone + ", calendar "
                + calendar.name() + ")");
        for (Priority priority : List.of(Priority.URGENT, Priority.HIGH, Priority.MEDIUM)) {
            SlaContext context = SlaContext.of(priority);
            out.printf(Locale.ROOT, "  %-7s", priority.name().toLowerCase(Locale.ROOT));
            for (SlaTarget target : List.of(SlaTarget.FIRST_RESPONSE, SlaTarget.RESOLUTION)) {
                Optional<Duration> d = policy.target(target, context);
                if (d.isPresent()) {
                    Instant due = calendar.plus(received, d.get());
                    out.printf(Locale.ROOT, "  %s %s -> due %s", target, hours(d.get()), when(due, zone));
                }
            }
            out.println();
        }
    }

    private static String unit(KpiDefinition kpi) {
        return kpi.unit().name().toLowerCase(Locale.ROOT);
    }

    private static String hours(Duration d) {
        return d.toMinutes() % 60 == 0 ? d.toHours() + "h" : d.toMinutes() + "min";
    }

    private static String when(Instant instant, ZoneId zone) {
        return WHEN.format(ZonedDateTime.ofInstant(instant, zone));
    }
}
