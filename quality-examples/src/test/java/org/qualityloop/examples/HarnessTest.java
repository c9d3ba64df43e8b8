package org.qualityloop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualityloop.examples.scenario.ScenarioJson;
import org.qualityloop.examples.simulation.Simulation;

/** The command line: options, output sections, determinism, progress, report and scenario files. */
class HarnessTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** A wall clock that never moves: no progress is printed and the throughput is constant. */
    private static final LongSupplier FROZEN = () -> 0L;

    private int run(String... args) {
        return run(FROZEN, args);
    }

    /** Where the runs' named reports go. */
    @TempDir
    Path reports;

    private int run(LongSupplier nanoTime, String... args) {
        out.reset();
        err.reset();
        return Harness.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), nanoTime, Optional.empty(), reports);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String withoutThroughput(String text) {
        return Arrays.stream(text.split("\n")).filter(l -> !l.startsWith("  throughput:"))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void run_printsEverySectionOfTheScorecardRun() {
        assertThat(run("--cases", "6000")).isZero();
        assertThat(out())
                .contains("Quality Loop harness: Business travel platform (business-travel), seed 42")
                .contains("6,000 service cases from Tue 2026-09-01")
                .contains("== KPI scorecard")
                .contains("  booking        Order accuracy")
                .contains("  overall:   ")
                .contains("== Customer surveys").contains("NPS ").contains("95 % CI")
                .contains("== SLA compliance per target").contains("first response").contains("resolution")
                .contains("== Feedback workflow").contains("0 rejected")
                .contains("== Complaint categories (Pareto")
                .contains("== Control charts").contains("p chart of the daily share").contains("XmR chart")
                .contains("== Survey analyses").contains("SERVQUAL gaps").contains("Kano:")
                .contains("== Throughput").contains("  throughput: 6,000 service cases");
        assertThat(err()).isEmpty();
    }

    @Test
    void run_sameSeedTwice_printsTheSameNumbers_exceptTheThroughput() {
        assertThat(run(System::nanoTime, "--cases", "5000", "--seed", "7")).isZero();
        String first = out();
        assertThat(run(System::nanoTime, "--cases", "5000", "--seed", "7")).isZero();
        String second = out();
        assertThat(withoutThroughput(second)).isEqualTo(withoutThroughput(first));
        assertThat(first).contains("  throughput:");

        assertThat(run("--cases", "5000", "--seed", "8")).isZero();
        assertThat(withoutThroughput(out())).isNotEqualTo(withoutThroughput(first));
    }

    @Test
    void run_longerThanTwoSeconds_reportsProgressEveryTenPercentOnStandardError() {
        AtomicLong now = new AtomicLong();
        // Each reading of the clock moves it on by two seconds, so the run "takes" long.
        assertThat(run(() -> now.addAndGet(2_000_000_000L), "--cases", "3000")).isZero();
        assertThat(err()).contains("progress: 10 % (300 of 3,000 service cases, simulated time 2026-09-0")
                .contains("progress: 100 % (3,000 of 3,000 service cases");
        assertThat(err().lines().filter(l -> l.startsWith("progress: ")).count()).isEqualTo(10);
        assertThat(out()).doesNotContain("progress:");

        assertThat(run("--cases", "3000")).isZero();
        assertThat(err()).doesNotContain("progress:");
    }

    @Test
    void run_improvement_printsBeforeAfterWithTestsAndTheVerdict() {
        assertThat(run("--cases", "8000", "--improvement", "on")).isZero();
        assertThat(out()).contains("== Improvement run: fast-approval-node")
                .contains("change: expense-audit takes 0.3× as long")
                .contains("> Reimbursement cycle time")
                .contains("Mann-Whitney U").contains("2-proportion z").contains("Welch t")
                .contains("verdict: significant improvement of Reimbursement cycle time")
                .contains("  throughput: after fast-approval-node, 8,000 service cases");

        assertThat(run("--cases", "8000", "--improvement", "placebo")).isZero();
        assertThat(out()).contains("== Improvement run: placebo").contains("change: none (placebo)")
                .contains("verdict: no significant change of Reimbursement cycle time - as a placebo should");
    }

    @Test
    void run_report_writesTheSelfContainedPage(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("out/report.html");
        assertThat(run("--cases", "4000", "--scenario", "hotel", "--report", report.toString())).isZero();
        assertThat(report).exists();
        String html = Files.readString(report);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Hotel customer service").doesNotContain("<script");
        assertThat(out()).contains("== HTML report").contains(report.toAbsolutePath().normalize().toString())
                .doesNotContain("no data for:");
    }

    @Test
    void run_withoutReportOption_writesAReportNamedAfterScenarioAndSeed_andPrintsItsPath() throws Exception {
        assertThat(run("--cases", "2000", "--scenario", "hotel", "--seed", "7")).isZero();
        Path hotel = reports.resolve("hotel-seed7.html");
        assertThat(hotel).exists();
        assertThat(Files.readString(hotel)).contains("Hotel customer service");
        assertThat(out()).contains("== HTML report").contains(hotel.toAbsolutePath().normalize().toString());

        // A second scenario writes its own report; the first one stays as it was.
        long hotelSize = Files.size(hotel);
        assertThat(run("--cases", "2000", "--scenario", "passenger-transport", "--seed", "7")).isZero();
        assertThat(reports.resolve("passenger-transport-seed7.html")).exists();
        assertThat(Files.size(hotel)).isEqualTo(hotelSize);

        // An improvement run is named after the improvement too, so it never replaces the plain run's.
        assertThat(run("--cases", "2000", "--scenario", "hotel", "--seed", "7", "--improvement", "placebo")).isZero();
        assertThat(reports.resolve("hotel-seed7-placebo.html")).exists();
        assertThat(Files.size(hotel)).isEqualTo(hotelSize);
    }

    @Test
    void run_reportDirAndNoReport_chooseWhereOrWhetherTheReportIsWritten(@TempDir Path dir) throws Exception {
        Path elsewhere = dir.resolve("elsewhere");
        assertThat(run("--cases", "2000", "--seed", "-3", "--report-dir", elsewhere.toString())).isZero();
        assertThat(elsewhere.resolve("business-travel-seed-3.html")).exists();

        assertThat(run("--cases", "2000", "--no-report")).isZero();
        assertThat(out()).doesNotContain("== HTML report");
        try (var files = Files.list(reports)) {
            assertThat(files).isEmpty();
        }

        assertThat(run("--no-report", "--report", dir.resolve("r.html").toString())).isEqualTo(2);
        assertThat(err()).contains("--no-report cannot be combined with --report");
        assertThat(run("--report-dir", dir.toString(), "--report", dir.resolve("r.html").toString())).isEqualTo(2);
        assertThat(err()).contains("--report names the report's file and --report-dir only its directory");
    }

    @Test
    void reportFileName_isSafeForAnyScenarioName() {
        assertThat(Harness.reportFileName("hotel", 7, Optional.empty())).isEqualTo("hotel-seed7.html");
        assertThat(Harness.reportFileName("my clinic/v2", -1, Optional.of("triage desk")))
                .isEqualTo("my-clinic-v2-seed-1-triage-desk.html");
    }

    @Test
    void run_printsTheScorecardAManagerReads() {
        assertThat(run("--cases", "6000", "--improvement", "on")).isZero();
        String text = out();
        // Scale, target and the threshold between at risk and missed (BusinessTravel: CSAT target 4.5, at risk 4.0).
        assertThat(text).containsPattern("booking +Customer satisfaction +4\\.\\d\\d of 5 +>= 4\\.50 of 5 +< 4\\.00 +AT RISK");
        assertThat(text).containsPattern("booking +Order accuracy +\\d\\d\\.\\d\\d? % +>= 99\\.00? % +< 97\\.00? %");
        // SLA targets in the order a case meets them, by readable names.
        assertThat(text.indexOf("  first response ")).isPositive()
                .isLessThan(text.indexOf("  next update ")).isLessThan(text.indexOf("  resolution "))
                .isLessThan(text.indexOf("  follow-up "));
        // Percentages change in percentage points, NPS in points; never a negative zero; nothing cut.
        assertThat(text).containsPattern("Order accuracy +\\S+ % +\\S+ % +[+-]?\\d+\\.\\d pp ")
                .containsPattern("Net Promoter Score +\\S+ +\\S+ +[+-]?\\d+\\.\\d points ")
                .doesNotContainPattern("-0\\.0+(?!\\d)").doesNotContain("~");
        // Suggestions are not complaints.
        String pareto = text.substring(text.indexOf("== Complaint categories"), text.indexOf("== Control charts"));
        assertThat(pareto).containsPattern("process suggestions, not counted as complaints: [\\d,]+ in \\d+ categories")
                .doesNotContain("  process-suggestion");
        // Every alarm says on which side of the centre line it lies.
        String charts = text.substring(text.indexOf("== Control charts"), text.indexOf("== Survey analyses"));
        charts.lines().filter(l -> l.matches("    \\d{4}-[\\dW][\\d-]* .*")).forEach(l ->
                assertThat(l).containsPattern("(above|below|on) the centre line: "));
        // The limits are those of the report: from a baseline, said where they come from.
        assertThat(charts).contains("(phase I)").contains("clipped at the measure's natural bounds");
        // The built-in scenario configures its SERVQUAL means.
        assertThat(text).contains("SERVQUAL gaps (perception - expectation, ").doesNotContain("built-in defaults");
    }

    @Test
    void run_scenarioWithoutServqualMeans_saysItsGapsAreBuiltInDefaults() {
        assertThat(run("--cases", "2000", "--scenario", "service-centre")).isZero();
        assertThat(out()).contains("built-in defaults, not measured: the scenario configures no SERVQUAL means");
    }

    @Test
    void run_jsonScenarioFile_andTheBundledOne() throws Exception {
        assertThat(run("--cases", "3000", "--scenario", "service-centre")).isZero();
        assertThat(out()).contains("Customer service centre (course KPI table) (service-centre), seed 42")
                .contains("First-contact resolution");
        String bundled = out();
        Path file = Path.of("src/main/resources/scenarios/service-centre.json");
        assertThat(run("--cases", "3000", "--scenario", file.toString())).isZero();
        assertThat(withoutThroughput(out())).isEqualTo(withoutThroughput(bundled));
    }

    @Test
    void writeScenario_writesJsonThatReadsBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("travel.json");
        assertThat(run("--write-scenario", file.toString())).isZero();
        assertThat(out()).contains("scenario business-travel written to");
        assertThat(ScenarioJson.write(ScenarioJson.read(file))).isEqualTo(Files.readString(file));
    }

    @Test
    void list_namesEveryScenarioAndImprovement() {
        assertThat(run("--list")).isZero();
        assertThat(out()).contains("business-travel").contains("fast-approval-node").contains("hotel")
                .contains("self-check-in").contains("passenger-transport").contains("ticket-change-ui-fix")
                .contains("service-centre").contains("delivery-checklist").contains("placebo");
    }

    @Test
    void describe_default_printsProcessKpisAndDeadlinesAcrossNationalDay() {
        assertThat(run("--describe")).isZero();
        // Received Wed 30 Sep 2026 16:30 Shanghai; the centre works Mon-Fri 09:00-18:00 and, in
        // the National Day week (1-7 October), a duty roster 09:00-17:00 every day, weekend
        // included. 1.5 working hours remain on Wednesday.
        // Urgent, first response 30 min: 16:30 + 0.5 h = 17:00 the same day.
        // Urgent, resolution 4 h: 1.5 h on Wed, 2.5 h from 09:00 Thu 1 Oct = 11:30.
        // High, resolution 9 h: 1.5 h on Wed, 7.5 h from 09:00 Thu 1 Oct = 16:30.
        // Medium, resolution 27 h: 1.5 (Wed) + 8 (Thu 1) + 8 (Fri 2) + 8 (Sat 3) = 25.5 h;
        // 1.5 h from 09:00 Sun 4 Oct = 10:30.
        assertThat(out())
                .contains("Process business-travel: Business travel (5 stages, 14 touchpoints, 4 moments of truth)")
                .contains("after-sales    Net Promoter Score               >= 40 nps")
                .contains("urgent   first_response 30min -> due Wed 2026-09-30 17:00"
                        + "  resolution 4h -> due Thu 2026-10-01 11:30")
                .contains("high     first_response 1h -> due Wed 2026-09-30 17:30"
                        + "  resolution 9h -> due Thu 2026-10-01 16:30")
                .contains("medium   first_response 4h -> due Thu 2026-10-01 11:30"
                        + "  resolution 27h -> due Sun 2026-10-04 10:30");
    }

    @Test
    void describe_received_onAWorkingMorning_staysWithinTheDay() {
        // Mon 2 Nov 2026 09:00 Shanghai = 01:00Z. Urgent resolution 4 h: 13:00 the same day.
        assertThat(run("--received", "2026-11-02T01:00:00Z")).isZero();
        assertThat(out()).contains("urgent   first_response 30min -> due Mon 2026-11-02 09:30"
                + "  resolution 4h -> due Mon 2026-11-02 13:00");
    }

    @Test
    void help_documentsEveryOption() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("--scenario <name|file>").contains("--seed <n>").contains("--cases <n>")
                .contains("--report <file>").contains("--report-dir <dir>").contains("--no-report")
                .contains("--json <file>").contains("--csv <file>").contains("--improvement <name>").contains("on (the")
                .contains("off (default)").contains("--list").contains("--write-scenario <file>")
                .contains("--describe").contains("--received <instant>").contains("--help")
                .contains("business-travel, hotel, passenger-transport");
    }

    @Test
    void readme_harnessOptionTable_listsEveryOptionOfTheHelp() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        String section = readme.substring(readme.indexOf("### quality-examples: the harness testers run"),
                readme.indexOf("## Reliability under bad input"));
        java.util.Set<String> documented = java.util.regex.Pattern.compile("(?m)^\\| `(--[a-z-]+)").matcher(section)
                .results().map(m -> m.group(1)).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(run("--help")).isZero();
        java.util.Set<String> helped = java.util.regex.Pattern.compile("(?m)^  (--[a-z-]+)").matcher(out()).results()
                .map(m -> m.group(1)).filter(o -> !o.equals("--help"))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(helped).contains("--report-dir", "--no-report", "--json", "--csv");
        assertThat(documented).isEqualTo(helped);
    }

    @Test
    void badOptions_areUsageErrorsNamingTheValue(@TempDir Path dir) throws Exception {
        assertThat(run("--received", "yesterday")).isEqualTo(2);
        assertThat(err()).contains("--received must be an ISO-8601 instant such as 2026-09-30T08:30:00Z, but was 'yesterday'");
        assertThat(run("--bogus")).isEqualTo(2);
        assertThat(err()).contains("unknown option '--bogus'");
        assertThat(run("--received")).isEqualTo(2);
        assertThat(run("--seed", "forty-two")).isEqualTo(2);
        assertThat(err()).contains("--seed must be a whole number, but was 'forty-two'");
        assertThat(run("--cases", "0")).isEqualTo(2);
        assertThat(err()).contains("--cases must be from 1 to 2000000, but was 0");
        assertThat(run("--cases")).isEqualTo(2);
        assertThat(err()).contains("--cases needs a number of service cases");
        assertThat(run("--improvement", "faster")).isEqualTo(2);
        assertThat(err()).contains("--improvement must be on, off or one of [fast-approval-node, staff-training,"
                + " supplier-scorecard, faster-feedback-response, placebo]"
                + " of scenario business-travel, but was 'faster'");
        assertThat(run("--scenario", "airline")).isEqualTo(2);
        assertThat(err()).contains("scenario must be one of [business-travel, hotel, passenger-transport, service-centre]"
                + " or the path of a JSON scenario file, but was 'airline'");

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"name\": \"broken\",\n  \"title\": 7\n}\n");
        assertThat(run("--scenario", broken.toString())).isEqualTo(2);
        assertThat(err()).contains("invalid scenario file: broken.json has 9 errors:")
                .contains("\nbroken.json:3:12: title: must be a string, but was a number");

        // a path (a separator, or a .json ending) where no file is: not found, not an unknown name
        assertThat(run("--scenario", dir.resolve("missing.json").toString())).isEqualTo(1);
        assertThat(err()).contains("scenario file not found: " + dir.resolve("missing.json"))
                .doesNotContain("scenario must be one of");
        assertThat(run("--scenario", "hotle.json")).isEqualTo(1);
        assertThat(err()).contains("scenario file not found: hotle.json");
    }

    @Test
    void aRunThatWouldNotFitTheHeap_isRefusedUpFront_namingWhatItNeeds() {
        // 400,000 cases: 32 MB besides plus 1,000 bytes a case = 32 MiB + 400,000,000 bytes, 414 MB.
        assertThat(Harness.heapShortfall(400_000, 256L << 20)).contains("--cases 400000 needs about"
                + " 414 MB of heap (1000 bytes a case and 32 MB besides, as measured), but this JVM may use 256 MB;"
                + " run fewer cases, or give the JVM more heap with -Xmx");
        assertThat(Harness.heapShortfall(400_000, 512L << 20)).isEmpty();
        // 2,000,000 cases: 32 MiB + 2,000,000,000 bytes = 1,939.3 MiB, rounded up to 1,940 MB;
        // the default heap of an 8 GB machine (2 GB) holds the largest run.
        assertThat(Harness.heapShortfall(Simulation.MAX_CASES, 1024L << 20))
                .hasValueSatisfying(m -> assertThat(m).startsWith("--cases 2000000 needs about 1940 MB of heap"));
        assertThat(Harness.heapShortfall(Simulation.MAX_CASES, 2048L << 20)).isEmpty();
        assertThat(Harness.heapShortfall(Simulation.DEFAULT_CASES, 256L << 20)).isEmpty();
        assertThat(Harness.heapShortfall(Simulation.MAX_CASES, Long.MAX_VALUE)).isEmpty();
    }
}
