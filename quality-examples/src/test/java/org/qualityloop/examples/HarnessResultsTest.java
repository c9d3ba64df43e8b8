package org.qualityloop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualityloop.examples.simulation.Comparison;
import org.qualityloop.examples.simulation.KpiChange;
import org.qualityloop.examples.simulation.Simulation;
import org.qualityloop.examples.simulation.SimulationResult;
import org.qualityloop.metrics.KpiScorecard;
import org.qualityloop.metrics.Proportion;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.model.sla.SlaTarget;

/**
 * The results files for CI ({@code --json}, {@code --csv}; docs/scenarios.md, "Results format"):
 * read back as plain JSON and CSV, every field is checked against the same run made through the
 * Java API.
 */
class HarnessResultsTest {

    private static final int CASES = 3000;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Harness.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> 0L, Optional.empty(), dir);
    }

    @Test
    void json_ofAnImprovementRun_holdsTheRunsScorecardSlaTestsAndVerdict() throws Exception {
        Path json = dir.resolve("ci/results.json");
        assertThat(run("--cases", Integer.toString(CASES), "--improvement", "on", "--json", json.toString()))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("== JSON results")
                .contains(json.toAbsolutePath().normalize().toString());

        Comparison c = Simulation.of(Scenarios.businessTravel()).seed(Simulation.DEFAULT_SEED).cases(CASES)
                .compare("fast-approval-node");
        SimulationResult r = c.before();
        JsonNode root = new ObjectMapper().readTree(json.toFile());

        assertThat(root.get("format").asInt()).isEqualTo(1);
        assertThat(root.get("scenario").asText()).isEqualTo("business-travel");
        assertThat(root.get("title").asText()).isEqualTo("Business travel platform");
        assertThat(root.get("seed").asLong()).isEqualTo(42);
        assertThat(root.get("cases").asLong()).isEqualTo(CASES);
        assertThat(root.get("feedbackCases").asLong()).isEqualTo(r.run().feedbackCases());
        assertThat(root.get("firstDay").asText()).isEqualTo(r.run().firstDay().toString());
        assertThat(root.get("lastDay").asText()).isEqualTo(r.run().lastDay().toString());
        assertThat(root.get("zone").asText()).isEqualTo("Asia/Shanghai");

        KpiScorecard.Counts counts = r.scorecard().counts();
        assertThat(root.get("counts").get("met").asInt()).isEqualTo(counts.met());
        assertThat(root.get("counts").get("atRisk").asInt()).isEqualTo(counts.atRisk());
        assertThat(root.get("counts").get("missed").asInt()).isEqualTo(counts.missed());
        assertThat(root.get("counts").get("noData").asInt()).isEqualTo(counts.noData());

        List<KpiScorecard.Row> rows = r.scorecard().rows();
        JsonNode kpis = root.get("kpis");
        assertThat(kpis).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            KpiScorecard.Row row = rows.get(i);
            KpiDefinition d = row.definition();
            JsonNode k = kpis.get(i);
            assertThat(k.get("id").asText()).isEqualTo(d.id().value());
            assertThat(k.get("label").asText()).isEqualTo(d.name());
            assertThat(k.get("stage").asText()).isEqualTo(d.stage().orElseThrow().value());
            assertThat(k.get("unit").asText()).isEqualTo(d.unit().name());
            assertThat(k.get("direction").asText()).isEqualTo(d.direction().name());
            assertThat(k.get("value").decimalValue()).isEqualByComparingTo(row.measured().orElseThrow());
            assertThat(k.get("target").decimalValue()).isEqualByComparingTo(d.target());
            assertThat(k.get("atRisk").decimalValue()).isEqualByComparingTo(d.atRisk());
            assertThat(k.get("status").asText()).isEqualTo(row.status().orElseThrow().name());
        }
        // CSAT is a score out of 5 (BusinessTravel's booking-csat); a percentage has no scale.
        assertThat(kpis.get(2).get("id").asText()).isEqualTo("booking-csat");
        assertThat(kpis.get(2).get("scale").asInt()).isEqualTo(5);
        assertThat(kpis.get(0).get("scale").isNull()).isTrue();

        // SLA targets in lifecycle order, whatever the order of the result's map.
        List<String> targets = new ArrayList<>();
        for (JsonNode s : root.get("sla")) {
            targets.add(s.get("target").asText());
            Proportion p = r.slaCompliance().get(SlaTarget.of(s.get("target").asText()));
            assertThat(s.get("met").asLong()).isEqualTo(p.numerator());
            assertThat(s.get("breached").asLong()).isEqualTo(p.denominator() - p.numerator());
            assertThat(s.get("percent").asDouble()).isEqualTo(p.percent());
        }
        assertThat(targets).containsExactly("first_response", "next_update", "resolution", "follow_up");
        assertThat(root.get("sla").get(3).get("name").asText()).isEqualTo("follow-up");

        JsonNode improvement = root.get("improvement");
        assertThat(improvement.get("name").asText()).isEqualTo("fast-approval-node");
        assertThat(improvement.get("placebo").asBoolean()).isFalse();
        assertThat(improvement.get("afterSeed").asLong()).isEqualTo(Simulation.afterSeed(42));
        assertThat(improvement.get("alpha").asDouble()).isEqualTo(0.05);
        assertThat(improvement.get("verdict").get("holds").asBoolean()).isEqualTo(c.verdict());
        assertThat(improvement.get("verdict").get("text").asText())
                .isEqualTo((c.verdict() ? "" : "no ") + "significant improvement of Reimbursement cycle time");
        assertThat(improvement.get("counts").get("met").asInt()).isEqualTo(c.after().scorecard().counts().met());
        JsonNode changes = improvement.get("kpis");
        assertThat(changes).hasSize(c.changes().size());
        for (int i = 0; i < c.changes().size(); i++) {
            KpiChange k = c.changes().get(i);
            JsonNode j = changes.get(i);
            assertThat(j.get("id").asText()).isEqualTo(k.kpi().id().value());
            assertThat(j.get("expected").asBoolean()).isEqualTo(k.expected());
            assertThat(j.get("before").decimalValue()).isEqualByComparingTo(k.before().orElseThrow());
            assertThat(j.get("after").decimalValue()).isEqualByComparingTo(k.after().orElseThrow());
            assertThat(j.get("difference").decimalValue())
                    .isEqualByComparingTo(k.after().orElseThrow().subtract(k.before().orElseThrow()));
            assertThat(j.get("test").asText()).isEqualTo(k.test().name());
            assertThat(j.get("pValue").asDouble()).isEqualTo(k.result().orElseThrow().pValue());
            assertThat(j.get("adjustedP").asDouble()).isEqualTo(k.adjustedP());
            assertThat(j.get("significant").asBoolean()).isEqualTo(k.significant());
            assertThat(j.get("improved").asBoolean()).isEqualTo(k.improved());
        }
    }

    @Test
    void json_withoutImprovement_hasANullImprovement_andCsvHasARowPerKpiAndTarget() throws Exception {
        Path json = dir.resolve("r.json");
        Path csv = dir.resolve("r.csv");
        assertThat(run("--cases", "2000", "--scenario", "hotel", "--json", json.toString(), "--csv", csv.toString(),
                "--no-report")).isZero();
        SimulationResult r = Simulation.of(Scenarios.hotel()).seed(42).cases(2000).run();
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("improvement").isNull()).isTrue();

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("scenario,seed,cases,section,id,label,unit,value,target,at_risk,status,"
                + "before,after,difference,p_value,adjusted_p,significant,expected");
        assertThat(lines).hasSize(1 + r.scorecard().rows().size() + r.slaCompliance().size());
        KpiScorecard.Row first = r.scorecard().rows().get(0);
        String[] cells = lines.get(1).split(",", -1);
        assertThat(cells).hasSize(18);
        assertThat(cells[0]).isEqualTo("hotel");
        assertThat(cells[3]).isEqualTo("kpi");
        assertThat(cells[4]).isEqualTo(first.definition().id().value());
        assertThat(new BigDecimal(cells[7])).isEqualByComparingTo(first.measured().orElseThrow());
        assertThat(cells[10]).isEqualTo(first.status().orElseThrow().name());
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("hotel,42,2000,sla,first_response,first response,"));
        assertThat(Files.readString(csv)).contains("\r\n");
    }

    @Test
    void json_fileThatCannotBeWritten_isAnErrorNamingIt() throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        assertThat(run("--cases", "500", "--no-report", "--json", blocker.resolve("r.json").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot write the JSON results '");
    }
}
