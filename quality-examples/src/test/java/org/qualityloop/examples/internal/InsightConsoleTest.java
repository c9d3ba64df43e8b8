package org.qualityloop.examples.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qualityloop.insight.Bottleneck;
import org.qualityloop.insight.DwellMeasure;
import org.qualityloop.insight.DwellNode;
import org.qualityloop.insight.NodeDwell;
import org.qualityloop.insight.RecoveryParadox;
import org.qualityloop.insight.TimeSplit;
import org.qualityloop.metrics.TimeDistribution;
import org.qualityloop.metrics.TimeDistributionResult;
import org.qualityloop.metrics.analysis.BeforeAfter;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Severity;
import org.qualityloop.model.StageId;
import org.qualityloop.model.feedback.Money;
import org.qualityloop.model.feedback.RecoveryAction;
import org.qualityloop.model.feedback.RecoveryActionKind;
import org.qualityloop.model.feedback.RecoveryOutcome;
import org.qualityloop.model.outcome.CaseOutcome;
import org.qualityloop.model.outcome.Closure;
import org.qualityloop.workflow.cases.CaseState;

/** The console tables of the insight analyses, from fixtures built with the library's own types. */
class InsightConsoleTest {

    private static String print(java.util.function.Consumer<PrintStream> printer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        printer.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static TimeDistributionResult hours(double... values) {
        TimeDistribution d = new TimeDistribution();
        for (double h : values) {
            d.add(Duration.ofMinutes(Math.round(h * 60)));
        }
        return d.result().orElseThrow();
    }

    private static NodeDwell node(DwellNode node, TimeSplit split) {
        return new NodeDwell(node, split, split);
    }

    /**
     * Worked example, by hand. In progress: visits of 2, 3, 4, 5 and 6 working hours, the last two
     * waiting on the customer for 1 and 3 hours. Assigned: 0.5, 1 and 1.5 hours. The quantile is
     * the order statistic x(floor(q (n - 1))): in progress median x(2) = 4 h, p90 x(3) = 5 h, mean
     * 20 / 5 = 4 h, customer waits median x(0) = 1 h; assigned median and p90 x(1) = 1 h, mean 1 h.
     * Mann-Whitney U of {2..6} against {0.5, 1, 1.5}: every in-progress visit is longer, U = 15 of
     * 5 x 3; exact two-sided p = 2 / C(8, 3) = 2 / 56 = 0.0357; rank-biserial r = 2 (15 / 15) - 1 = 1.
     */
    @Test
    void dwellTimes_printsTheRankingInOneUnit_andTheTestedBottleneck() {
        NodeDwell inProgress = node(DwellNode.of(CaseState.IN_PROGRESS),
                new TimeSplit(hours(2, 3, 4, 5, 6), hours(2, 3, 4, 4, 3), Optional.of(hours(1, 3))));
        NodeDwell assigned = node(DwellNode.of(StageId.of("approval"), CaseState.REGISTERED),
                new TimeSplit(hours(0.5, 1, 1.5), hours(0.5, 1, 1.5), Optional.empty()));
        Bottleneck b = new Bottleneck(inProgress, DwellMeasure.WORKING, Duration.ofHours(4), Duration.ofHours(1),
                BeforeAfter.mannWhitney(new double[] {2, 3, 4, 5, 6}, new double[] {0.5, 1, 1.5}));

        String text = print(out -> InsightConsole.printDwellTimes(List.of(inProgress, assigned),
                DwellMeasure.WORKING, Optional.of(b), out));

        assertThat(text).startsWith("== Where time goes (lifecycle states ranked by the median working time of a"
                + " visit, slowest first)\n");
        assertThat(text).containsPattern("\n  state +visits +median +p90 +mean +waiting on the customer\n")
                .containsPattern("\n  in progress +5 +4\\.0 h +5\\.0 h +4\\.0 h +2 visits, median 1\\.0 h\n")
                .containsPattern("\n  approval: registered +3 +1\\.0 h +1\\.0 h +1\\.0 h +-\n")
                .contains("  bottleneck: in progress, median 4.0 h against 1.0 h for every other state pooled;"
                        + " Mann-Whitney U p 0.0357, rank-biserial r +1.00: significantly slower (alpha 0.05)\n");
    }

    @Test
    void dwellTimes_withoutVisits_orWithoutATest_saySo() {
        assertThat(print(out -> InsightConsole.printDwellTimes(List.of(), DwellMeasure.TEAM_WORKING, Optional.empty(),
                out))).contains("no visit of a state ended");
        NodeDwell only = node(DwellNode.of(CaseState.RESOLVED),
                new TimeSplit(hours(0.25), hours(0.25), Optional.empty()));
        String text = print(out -> InsightConsole.printDwellTimes(List.of(only), DwellMeasure.WALL,
                Optional.of(new Bottleneck(only, DwellMeasure.WALL, Duration.ofMinutes(15), Duration.ZERO,
                        Optional.empty())), out));
        assertThat(text).containsPattern("\n  resolved +1 +15\\.0 min +15\\.0 min +15\\.0 min +-\n")
                .contains("not tested (no other state, or every visit tied)");
    }

    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");
    private static final AgentId AGENT = AgentId.of("agent-1");

    private static Optional<CaseOutcome> complaint(String id, RecoveryAction... actions) {
        CaseOutcome.Builder b = CaseOutcome.builder(CaseId.of(id), FeedbackId.of("fb-" + id), Channel.PHONE,
                FeedbackCategory.SERVICE_ATTITUDE, Severity.MAJOR, T).resolvedAt(T.plusSeconds(3_600));
        for (RecoveryAction a : actions) {
            b.recoveryAction(a);
        }
        return Optional.of(b.build(T.plusSeconds(7_200), Closure.CONFIRMED));
    }

    private static RecoveryAction action(RecoveryActionKind kind, RecoveryOutcome outcome) {
        return kind == RecoveryActionKind.COMPENSATION
                ? RecoveryAction.compensation(Money.of("50", "CNY"), AGENT, T, outcome)
                : RecoveryAction.of(kind, AGENT, T, outcome);
    }

    /**
     * The worked example of quality-insight's RecoveryParadoxTest, derived by hand there. Never
     * failed: NPS 10, 9, 8, 6 (25.0), ratings 5, 4, 3 (2 of 3 satisfied, 66.7 %). Recovered: NPS 10,
     * 10, 9, 7, 3 (40.0), ratings 5, 5, 4, 2 after an apology (3 of 4, 75.0 %, Wilson 30.1 to
     * 95.4 %). Not recovered: NPS 2, 5, 8 (-66.7), ratings 1, 2, 4 (mean 2.33, 1 of 3). By action:
     * apology NPS 10, 9, 3 (33.3), compensation 10, 9 (100.0), fix 7 (0.0). Recovered against never
     * failed: NPS +15.0 points, satisfied 75.0 - 66.7 = +8.3 pp, z = 0.2415, p = 0.81.
     */
    @Test
    void recoveryParadox_printsEachGroupAndAction_andBothComparisons() {
        RecoveryParadox r = new RecoveryParadox();
        for (int s : new int[] {10, 9, 8, 6}) {
            r.addNps(Optional.empty(), s);
        }
        for (int s : new int[] {5, 4, 3}) {
            r.addSatisfaction(Optional.empty(), s);
        }
        RecoveryAction apology = action(RecoveryActionKind.APOLOGY, RecoveryOutcome.SUCCEEDED);
        RecoveryAction compensation = action(RecoveryActionKind.COMPENSATION, RecoveryOutcome.SUCCEEDED);
        r.addNps(complaint("r1", apology), 10);
        r.addNps(complaint("r2", compensation), 10);
        r.addNps(complaint("r3", apology, compensation), 9);
        r.addNps(complaint("r4", action(RecoveryActionKind.FIX, RecoveryOutcome.SUCCEEDED)), 7);
        r.addNps(complaint("r5", apology), 3);
        for (int s : new int[] {5, 5, 4, 2}) {
            r.addSatisfaction(complaint("rs", apology), s);
        }
        r.addNps(complaint("n1"), 2);
        r.addNps(complaint("n2", action(RecoveryActionKind.APOLOGY, RecoveryOutcome.FAILED)), 5);
        r.addNps(complaint("n3", action(RecoveryActionKind.COMPENSATION, RecoveryOutcome.PENDING)), 8);
        for (int s : new int[] {1, 2, 4}) {
            r.addSatisfaction(complaint("ns"), s);
        }

        String text = print(out -> InsightConsole.printRecoveryParadox(r, out));

        assertThat(text).containsPattern("\n  never failed +4 +25\\.0 +\\S+ to \\S+ +3 +4\\.00 of 5 +66\\.7 % ")
                .containsPattern("\n  recovered +5 +40\\.0 +\\S+ to \\S+ +4 +4\\.00 of 5 +75\\.0 % +30\\.1 to 95\\.4 %\n")
                .containsPattern("\n  not recovered +3 +-66\\.7 +\\S+ to \\S+ +3 +2\\.33 of 5 +33\\.3 % ")
                .containsPattern("\n    recovered by apology +3 +33\\.3 +\\S+ to \\S+ +4 +4\\.00 of 5 +75\\.0 % ")
                .containsPattern("\n    recovered by compensation +2 +100\\.0 +\\S+ to \\S+ +0 +- +- +-\n")
                .containsPattern("\n    recovered by fix +1 +0\\.0 ")
                .doesNotContain("recovered by escalation")
                .contains("  recovered against never failed: NPS +15.0 points (95 % CI ")
                .containsPattern("satisfied \\+8\\.3 pp \\(p 0\\.8\\d{3}, no significant difference\\)")
                .contains("  recovered against not recovered: NPS +106.7 points (95 % CI ");
    }

    @Test
    void recoveryParadox_withoutAnswers_saysSo() {
        assertThat(print(out -> InsightConsole.printRecoveryParadox(new RecoveryParadox(), out)))
                .contains("  no answers");
    }
}
