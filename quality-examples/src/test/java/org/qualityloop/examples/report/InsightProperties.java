package org.qualityloop.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityloop.examples.report.ReportInvariants.SVG;
import static org.qualityloop.examples.report.ReportInvariants.assertValidPage;
import static org.qualityloop.examples.report.ReportInvariants.elements;
import static org.qualityloop.examples.report.ReportInvariants.marks;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.qualityloop.insight.ProcessEdge;
import org.qualityloop.insight.ProcessGraph;
import org.qualityloop.insight.ProcessNode;
import org.qualityloop.insight.Rework;
import org.qualityloop.model.kpi.KpiUnit;
import org.w3c.dom.Element;

/**
 * Invariants of the numbers and the process map: a difference never reads as a negative zero and
 * rounds to its unit's decimals; any process graph the lifecycle can produce draws every state and
 * every move, with every label inside the view box, no two boxes overlapping and no label over a box or another label.
 */
class InsightProperties {

    /** Every move between states the lifecycle's events can make. */
    private static final List<String[]> MOVES = List.of(
            new String[] {"RECEIVED", "REGISTERED"}, new String[] {"RECEIVED", "REJECTED"},
            new String[] {"REGISTERED", "REJECTED"}, new String[] {"REGISTERED", "IN_PROGRESS"},
            new String[] {"IN_PROGRESS", "RECTIFYING"}, new String[] {"IN_PROGRESS", "RESOLVED"},
            new String[] {"RECTIFYING", "RESOLVED"}, new String[] {"REGISTERED", "RESOLVED"},
            new String[] {"RESOLVED", "FOLLOW_UP"}, new String[] {"RESOLVED", "CLOSED"},
            new String[] {"RESOLVED", "REOPENED"}, new String[] {"FOLLOW_UP", "CLOSED"},
            new String[] {"FOLLOW_UP", "REOPENED"}, new String[] {"CLOSED", "REOPENED"},
            new String[] {"REOPENED", "REGISTERED"}, new String[] {"REOPENED", "IN_PROGRESS"},
            new String[] {"REOPENED", "RECTIFYING"}, new String[] {"REOPENED", "RESOLVED"});

    @Property(tries = 500)
    void difference_neverReadsAsNegativeZero_andRoundsToTheUnitsDecimals(
            @ForAll @DoubleRange(min = -1000, max = 1000) double difference, @ForAll KpiUnit unit) {
        String text = Texts.difference(difference, unit);
        String number = text.split("\u00A0")[0].replace(Fmt.MINUS, "-").replace("+", "");
        BigDecimal shown = new BigDecimal(number);
        assertThat(shown.scale()).isEqualTo(Texts.decimals(unit));
        if (shown.signum() == 0) {
            assertThat(text).doesNotStartWith(Fmt.MINUS).doesNotStartWith("+");
        } else {
            assertThat(text).startsWith(shown.signum() > 0 ? "+" : Fmt.MINUS);
        }
        assertThat(Math.abs(shown.doubleValue() - difference))
                .isLessThanOrEqualTo(0.5 * Math.pow(10, -Texts.decimals(unit)) + 1e-9);
    }

    @Provide
    Arbitrary<ProcessGraph> graphs() {
        Arbitrary<long[]> edge = Combinators.combine(Arbitraries.longs().between(0, 2_000_000),
                Arbitraries.longs().between(0, 40L * 86_400)).as((count, seconds) -> new long[] {count, seconds});
        return edge.list().ofSize(MOVES.size()).map(InsightProperties::graph);
    }

    /** A graph with the moves whose drawn count is positive, and the states they touch. */
    private static ProcessGraph graph(List<long[]> drawn) {
        List<ProcessEdge> edges = new ArrayList<>();
        Map<String, Long> visits = new LinkedHashMap<>();
        for (String s : List.of("RECEIVED", "REGISTERED", "IN_PROGRESS", "RECTIFYING", "RESOLVED", "FOLLOW_UP",
                "CLOSED", "REOPENED", "REJECTED")) {
            visits.put(s, 0L);
        }
        for (int i = 0; i < MOVES.size(); i++) {
            long count = drawn.get(i)[0] % 3 == 0 ? 0 : drawn.get(i)[0]; // about a third of the moves left out
            if (count > 0) {
                Duration median = Duration.ofSeconds(drawn.get(i)[1]);
                edges.add(new ProcessEdge(MOVES.get(i)[0], MOVES.get(i)[1], count, median, median));
                visits.merge(MOVES.get(i)[1], count, Long::sum);
                visits.merge(MOVES.get(i)[0], 0L, Long::sum);
            }
        }
        List<ProcessNode> nodes = new ArrayList<>();
        visits.forEach((name, n) -> {
            boolean linked = edges.stream().anyMatch(e -> e.from().equals(name) || e.to().equals(name));
            if (linked || name.equals("RECEIVED")) {
                nodes.add(new ProcessNode(name, Math.max(n, 1), name.equals("RECEIVED") ? 1 : 0, 0));
            }
        });
        return new ProcessGraph(1, 1, nodes, edges, new Rework(0, 0, 0, 0));
    }

    @Property(tries = 150)
    void processMap_anyGraph_drawsEveryStateAndMoveWithLabelsInsideAndBoxesApart(@ForAll("graphs") ProcessGraph g) {
        String html = QualityReport.builder("Map").processMap(new ProcessMapSection("Process map", g)).build().toHtml();
        Element svg = elements(assertValidPage(html), SVG, "svg").get(0);
        assertThat(marks(svg, "g", "node")).hasSize(g.nodes().size());
        assertThat(marks(svg, "g", "edge")).hasSize(g.edges().size());
        InsightSectionsTest.assertLabelsInside(svg);
        InsightSectionsTest.assertBoxesApart(svg);
        InsightSectionsTest.assertLabelsApart(svg);
    }
}
