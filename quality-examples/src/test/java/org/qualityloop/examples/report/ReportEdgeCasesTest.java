package org.qualityloop.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityloop.examples.report.ReportInvariants.SVG;
import static org.qualityloop.examples.report.ReportInvariants.XHTML;
import static org.qualityloop.examples.report.ReportInvariants.assertValidPage;
import static org.qualityloop.examples.report.ReportInvariants.elements;
import static org.qualityloop.examples.report.ReportInvariants.marks;
import static org.qualityloop.examples.report.ReportInvariants.pathPoints;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.qualityloop.metrics.CalendarPeriod;
import org.qualityloop.metrics.KpiScorecard;
import org.qualityloop.metrics.NpsResult;
import org.qualityloop.metrics.Proportion;
import org.qualityloop.metrics.SlaCompliance;
import org.qualityloop.metrics.analysis.AttributeChart;
import org.qualityloop.metrics.analysis.ControlCharts;
import org.qualityloop.metrics.analysis.IpaGrid;
import org.qualityloop.metrics.analysis.IpaPoint;
import org.qualityloop.metrics.analysis.Pareto;
import org.qualityloop.metrics.analysis.RunRules;
import org.qualityloop.metrics.analysis.XmrChart;
import org.qualityloop.model.sla.SlaTarget;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ReportEdgeCasesTest {

    private static Document render(ReportSection... sections) {
        QualityReport.Builder builder = QualityReport.builder("Edge case");
        for (ReportSection section : sections) {
            builder.add(section);
        }
        return assertValidPage(builder.build().toHtml());
    }

    private static Element onlySvg(Document doc) {
        List<Element> svgs = elements(doc, SVG, "svg");
        assertThat(svgs).hasSize(1);
        return svgs.get(0);
    }

    private static List<String> axisLabels(Element svg, String axisClass) {
        List<String> labels = new ArrayList<>();
        for (Element g : elements(svg, SVG, "g")) {
            if (g.getAttribute("class").equals("axis " + axisClass)) {
                for (Element text : elements(g, SVG, "text")) {
                    labels.add(text.getTextContent());
                }
            }
        }
        return labels;
    }

    @Test
    void npsTrend_singlePeriod_drawsOnePointWithAnErrorBar() {
        Element svg = onlySvg(render(NpsTrendSection.of("NPS", Map.of(ReportFixtures.week(0), NpsResult.of(30, 50, 20)))));
        assertThat(pathPoints(marks(svg, "path", "line").get(0).getAttribute("d"))).isEqualTo(1);
        assertThat(marks(svg, "circle", "point")).hasSize(1);
        assertThat(elements(marks(svg, "g", "band").get(0), SVG, "path")).singleElement()
                .satisfies(bar -> assertThat(bar.getAttribute("fill")).isEqualTo("none"));
        assertThat(axisLabels(svg, "axis-bottom")).containsExactly("2026-W36");
    }

    @Test
    void npsTrend_allDetractors_plotsMinus100OnTheAxis() {
        Map<CalendarPeriod, NpsResult> results = new LinkedHashMap<>();
        results.put(ReportFixtures.week(0), NpsResult.of(0, 0, 40));
        results.put(ReportFixtures.week(1), NpsResult.of(0, 2, 38));
        Element svg = onlySvg(render(NpsTrendSection.of("NPS", results).withTarget(-50)));
        assertThat(axisLabels(svg, "axis-left")).contains("\u2212100").allSatisfy(label ->
                assertThat(label.replace("\u2212", "-")).satisfies(l -> assertThat(Double.parseDouble(l))
                        .isBetween(-100.0, 100.0)));
        assertThat(marks(svg, "line", "zero")).isEmpty();
        assertThat(marks(svg, "circle", "point").get(0).getTextContent()).startsWith("2026-W36: NPS \u2212100.0");
    }

    @Test
    void npsTrend_crossingZero_drawsTheZeroLine() {
        Map<CalendarPeriod, NpsResult> results = new LinkedHashMap<>();
        results.put(ReportFixtures.week(0), NpsResult.of(10, 10, 30));
        results.put(ReportFixtures.week(1), NpsResult.of(30, 10, 10));
        Element svg = onlySvg(render(NpsTrendSection.of("NPS", results)));
        assertThat(marks(svg, "line", "zero")).hasSize(1);
    }

    @Test
    void slaTrend_flatAtOneHundredPercent_stillHasAReadableAxisUpToOneHundred() {
        Map<CalendarPeriod, Proportion> flat = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            flat.put(ReportFixtures.week(i), Proportion.of(40, 40));
        }
        Element svg = onlySvg(render(SlaTrendSection.of("SLA", Map.of(SlaTarget.RESOLUTION, flat))));
        List<String> ticks = axisLabels(svg, "axis-left");
        assertThat(ticks).hasSizeGreaterThanOrEqualTo(2).last().isEqualTo("100\u00A0%");
        assertThat(pathPoints(marks(svg, "path", "line").get(0).getAttribute("d"))).isEqualTo(5);
    }

    @Test
    void slaTrend_aTargetWithoutValues_isMarkedInTheLegendAndDrawsNoLine() {
        Map<SlaTarget, Map<CalendarPeriod, Proportion>> sla = new LinkedHashMap<>();
        sla.put(SlaTarget.FIRST_RESPONSE, Map.of(ReportFixtures.week(0), Proportion.of(9, 10)));
        sla.put(SlaTarget.FOLLOW_UP, Map.of());
        SlaTrendSection section = SlaTrendSection.of("SLA", sla);
        Element svg = onlySvg(render(section));
        assertThat(section.hasData()).isTrue();
        assertThat(svg.getTextContent()).contains("follow-up (no data)");
        assertThat(marks(svg, "g", "series")).hasSize(2);
        assertThat(marks(svg, "path", "line")).hasSize(1);
    }

    @Test
    void slaTrend_fromAccumulators_readsTheComplianceOfDecidedCases() {
        SlaCompliance decided = new SlaCompliance();
        decided.addMet();
        decided.addBreached();
        SlaCompliance running = new SlaCompliance();
        running.addRunning();
        Map<CalendarPeriod, SlaCompliance> byWeek = new LinkedHashMap<>();
        byWeek.put(ReportFixtures.week(0), decided);
        byWeek.put(ReportFixtures.week(2), running);
        SlaTrendSection section = SlaTrendSection.fromAccumulators("SLA", Map.of(SlaTarget.RESOLUTION, byWeek));
        assertThat(section.periods()).containsExactly("2026-W36", "2026-W37", "2026-W38");
        assertThat(section.series().get(0).compliance()).containsOnlyKeys("2026-W36");
        assertThat(section.series().get(0).compliance().get("2026-W36").percent()).isEqualTo(50.0);
    }

    @Test
    void trend_manyPeriods_leavesLabelsOutRatherThanOverlapping() {
        Map<CalendarPeriod, NpsResult> results = new LinkedHashMap<>();
        for (int i = 0; i < 104; i++) {
            results.put(ReportFixtures.week(i), NpsResult.of(40 + i % 7, 30, 30 - i % 5));
        }
        Element svg = onlySvg(render(NpsTrendSection.of("Two years of weeks", results)));
        List<String> labels = axisLabels(svg, "axis-bottom");
        assertThat(labels).hasSizeBetween(5, 12).first().isEqualTo("2026-W36");
        assertThat(pathPoints(marks(svg, "path", "line").get(0).getAttribute("d"))).isEqualTo(104);
    }

    @Test
    void controlChart_allValuesEqual_drawsLimitsOnTheCentreWithoutDividingByZero() {
        XmrChart flat = ControlCharts.xmr(new double[] {5, 5, 5, 5, 5}).orElseThrow();
        Element svg = onlySvg(render(ControlChartSection.individuals("Flat", flat,
                RunRules.westernElectric(flat.individuals()))));
        assertThat(marks(svg, "path", "ucl").get(0).getAttribute("d"))
                .isEqualTo(marks(svg, "path", "centre").get(0).getAttribute("d"));
        assertThat(axisLabels(svg, "axis-left")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void controlChart_lowCounts_truncateTheLowerLimitAtZeroAndTheAxisWithIt() {
        AttributeChart c = ControlCharts.c(new long[] {0, 1, 0, 2, 1, 0, 6, 1}).orElseThrow();
        assertThat(c.points()).allSatisfy(p -> assertThat(p.lowerLimit()).isZero());
        Element svg = onlySvg(render(ControlChartSection.attribute("Complaints per day (c chart)", c,
                RunRules.nelson(c.points()))));
        assertThat(axisLabels(svg, "axis-left")).first().isEqualTo("0");
        assertThat(axisLabels(svg, "axis-left")).noneMatch(label -> label.startsWith("\u2212"));
        assertThat(svg.getTextContent()).contains("LCL 0.0");
    }

    @Test
    void controlChart_singleSample_isDrawn() {
        AttributeChart p = ControlCharts.p(new long[] {3}, new long[] {120}).orElseThrow();
        Element svg = onlySvg(render(ControlChartSection.attribute("One week", p, List.of())));
        assertThat(marks(svg, "circle", "point")).hasSize(1);
        assertThat(marks(svg, "path", "violation")).isEmpty();
    }

    @Test
    void pareto_singleCategory_isOneVitalBarAtOneHundredPercent() {
        Element svg = onlySvg(render(ParetoSection.of("One", Pareto.of(Map.of("Billing", 7L)).orElseThrow())));
        assertThat(marks(svg, "rect", "vital")).hasSize(1);
        assertThat(marks(svg, "circle", "point").get(0).getTextContent()).isEqualTo("Billing: cumulative 100.0\u00A0%");
    }

    @Test
    void pareto_manyLongCategories_rotatesAndKeepsEveryLabelDistinct() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < 24; i++) {
            counts.put("A rather long complaint category number " + i, 100L - 3 * i);
        }
        counts.put("Nothing", 0L);
        Element svg = onlySvg(render(ParetoSection.of("Many", Pareto.of(counts).orElseThrow())));
        assertThat(marks(svg, "rect", "bar")).hasSize(25);
        List<Element> labels = elements(elements(svg, SVG, "g").stream()
                .filter(g -> g.getAttribute("class").equals("axis axis-bottom")).findFirst().orElseThrow(), SVG, "text");
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Element text = labels.get(i);
            assertThat(text.getAttribute("transform")).startsWith("rotate(-45 ");
            String tooltip = elements(text, SVG, "title").get(0).getTextContent();
            String own = text.getTextContent().substring(tooltip.length());
            assertThat(tooltip).isEqualTo(i < 24 ? "A rather long complaint category number " + i : "Nothing");
            assertThat(own.length()).isLessThanOrEqualTo(36);
            shown.add(own);
        }
        // Shortened from the middle, the 24 long names still read differently.
        assertThat(shown).doesNotHaveDuplicates().contains("A rather long comp\u2026ategory number 10");
        assertThat(marks(svg, "rect", "bar").get(0).getTextContent()).startsWith("A rather long complaint category number 0:");
    }

    @Test
    void servqual_allGapsZero_drawsTheZeroAxisInsideTheDomain() {
        Element svg = onlySvg(render(new ServqualSection("No gaps", Map.of("Tangibles", 0.0), OptionalDouble.of(0.0))));
        assertThat(marks(svg, "line", "zero")).hasSize(1);
        assertThat(marks(svg, "rect", "gap")).hasSize(2);
    }

    @Test
    void importancePerformance_singleAttribute_sitsOnTheCrosshairs() {
        Map<String, IpaPoint> one = Map.of("Only", new IpaPoint(4, 4));
        Element svg = onlySvg(render(ImportancePerformanceSection.of("One", IpaGrid.meanCentred(one)
                .orElseThrow(), one)));
        assertThat(marks(svg, "circle", "attribute")).singleElement()
                .satisfies(c -> assertThat(c.getTextContent()).endsWith("keep up the good work"));
    }

    @Test
    void emptySections_renderANoDataNoteAndAreListedWithoutData() {
        List<ReportSection> empty = List.of(
                NpsTrendSection.of("NPS", Map.of()),
                new NpsTrendSection("NPS with quiet weeks", List.of("W1", "W2"), Map.of(), OptionalDouble.of(40)),
                SlaTrendSection.of("SLA", Map.of()),
                SlaTrendSection.of("SLA without decided cases", Map.of(SlaTarget.RESOLUTION, Map.of())),
                ControlChartSection.noData("Control chart"),
                ParetoSection.noData("Pareto"),
                ServqualSection.noData("SERVQUAL"),
                ImportancePerformanceSection.noData("IPA"),
                new ScorecardSection("Scorecard", KpiScorecard.of(List.of(), Map.of())),
                SummarySection.of("Run"));
        QualityReport report = QualityReport.builder("Nothing happened").add(empty.get(0)).add(empty.get(1))
                .add(empty.get(2)).add(empty.get(3)).add(empty.get(4)).add(empty.get(5)).add(empty.get(6))
                .add(empty.get(7)).add(empty.get(8)).add(empty.get(9)).build();
        Document doc = assertValidPage(report.toHtml());
        assertThat(elements(doc, SVG, "svg")).isEmpty();
        assertThat(elements(doc, XHTML, "table")).isEmpty();
        assertThat(elements(doc, XHTML, "p").stream().filter(p -> p.getAttribute("class").equals("no-data-note")))
                .hasSize(empty.size()).allSatisfy(p -> assertThat(p.getTextContent()).startsWith("No data: "));
        assertThat(report.sectionsWithoutData()).containsExactlyElementsOf(empty);
        assertThat(empty).noneMatch(ReportSection::hasData);
    }

    @Test
    void report_withoutSections_rendersTheTitleOnly() {
        Document doc = assertValidPage(QualityReport.builder("Empty").build().toHtml());
        assertThat(ReportInvariants.sections(doc)).isEmpty();
        assertThat(elements(doc, XHTML, "nav")).isEmpty();
        assertThat(elements(doc, XHTML, "h1").get(0).getTextContent()).isEqualTo("Empty");
    }
}
