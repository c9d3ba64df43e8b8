package org.qualityloop.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.qualityloop.examples.report.ReportInvariants.SVG;
import static org.qualityloop.examples.report.ReportInvariants.XHTML;
import static org.qualityloop.examples.report.ReportInvariants.assertValidPage;
import static org.qualityloop.examples.report.ReportInvariants.elements;
import static org.qualityloop.examples.report.ReportInvariants.marks;
import static org.qualityloop.examples.report.ReportInvariants.numbers;
import static org.qualityloop.examples.report.ReportInvariants.pathPoints;
import static org.qualityloop.examples.report.ReportInvariants.pathRuns;
import static org.qualityloop.examples.report.ReportInvariants.sections;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualityloop.metrics.analysis.ChartPoint;
import org.qualityloop.metrics.analysis.RuleViolation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class QualityReportTest {

    private static final String HTML = ReportFixtures.fullReport().toHtml();
    private static final Document DOC = assertValidPage(HTML);

    private static Element only(String kind) {
        List<Element> found = sections(DOC, kind);
        assertThat(found).as("sections of kind %s", kind).hasSize(1);
        return found.get(0);
    }

    private static Element svgOf(Element section) {
        List<Element> svgs = elements(section, SVG, "svg");
        assertThat(svgs).as("svg elements of %s", section.getAttribute("id")).hasSize(1);
        return svgs.get(0);
    }

    @Test
    void toHtml_fullReport_isAWellFormedSelfContainedPage() {
        assertThat(HTML).contains("<meta charset=\"utf-8\"/>");
        assertThat(elements(DOC, XHTML, "h1")).singleElement()
                .satisfies(h1 -> assertThat(h1.getTextContent()).isEqualTo("Business travel \u2014 simulated quarter"));
        assertThat(elements(DOC, XHTML, "title").get(0).getTextContent())
                .isEqualTo("Business travel \u2014 simulated quarter");
        assertThat(sections(DOC)).hasSize(9);
        assertThat(elements(DOC, XHTML, "nav")).hasSize(1);
        assertThat(elements(DOC, XHTML, "a")).extracting(a -> a.getAttribute("href"))
                .containsExactly("#section-1", "#section-2", "#section-3", "#section-4", "#section-5",
                        "#section-6", "#section-7", "#section-8", "#section-9");
    }

    @Test
    void toHtml_fullReport_hasExactlyOneSvgPerChartAndNoneForTables() {
        assertThat(elements(DOC, SVG, "svg")).hasSize(7);
        for (String kind : List.of("nps-trend", "sla-trend", "pareto", "servqual", "importance-performance")) {
            svgOf(only(kind));
        }
        assertThat(sections(DOC, "control-chart")).hasSize(2).allSatisfy(QualityReportTest::svgOf);
        assertThat(elements(only("scorecard"), SVG, "svg")).isEmpty();
        assertThat(elements(only("summary"), SVG, "svg")).isEmpty();
        assertThat(ReportFixtures.fullReport().sectionsWithoutData()).isEmpty();
    }

    @Test
    void toHtml_npsTrend_drawsAPointPerPeriodWithResponsesAndAGapForTheQuietWeek() {
        Element svg = svgOf(only("nps-trend"));
        int withData = ReportFixtures.WEEKS - 1;
        String line = marks(svg, "path", "line").get(0).getAttribute("d");
        assertThat(pathPoints(line)).isEqualTo(withData);
        assertThat(pathRuns(line)).as("the quiet week splits the line in two").isEqualTo(2);
        assertThat(marks(svg, "circle", "point")).hasSize(withData)
                .allSatisfy(c -> assertThat(c.getTextContent()).contains("NPS").contains("95\u00A0% CI"));
        assertThat(marks(svg, "g", "band")).singleElement()
                .satisfies(band -> assertThat(elements(band, SVG, "path")).hasSize(2));
        assertThat(marks(svg, "g", "target")).hasSize(1);
        assertThat(svg.getTextContent()).contains("2026-W36").contains("target 40");
    }

    @Test
    void toHtml_slaTrend_drawsALinePerTargetWithAPointPerValue() {
        Element svg = svgOf(only("sla-trend"));
        List<Element> series = marks(svg, "g", "series");
        assertThat(series).extracting(g -> g.getAttribute("data-series"))
                .containsExactly("first response", "resolution", "follow-up");
        int[] expected = {ReportFixtures.WEEKS, ReportFixtures.WEEKS, ReportFixtures.WEEKS - 2};
        for (int i = 0; i < series.size(); i++) {
            String d = marks(series.get(i), "path", "line").get(0).getAttribute("d");
            assertThat(pathPoints(d)).isEqualTo(expected[i]);
            assertThat(marks(series.get(i), "circle", "point")).hasSize(expected[i]);
        }
        assertThat(elements(svg, SVG, "g").stream().filter(g -> g.getAttribute("class").equals("legend")))
                .singleElement().satisfies(legend -> assertThat(legend.getTextContent())
                        .contains("first response", "resolution", "follow-up", "target 90\u00A0%"));
    }

    @Test
    void toHtml_controlCharts_markEveryPointThatBreaksARuleAndNameTheRule() {
        List<Element> charts = sections(DOC, "control-chart");
        List<ControlChartSection> inputs = List.of(ReportFixtures.xmr(), ReportFixtures.pChart());
        for (int c = 0; c < charts.size(); c++) {
            ControlChartSection input = inputs.get(c);
            Element svg = svgOf(charts.get(c));
            Set<Integer> violated = input.violations().stream().map(RuleViolation::index).collect(Collectors.toSet());
            assertThat(violated).isNotEmpty();
            List<Element> marked = marks(svg, "path", "violation");
            assertThat(marked).hasSize(violated.size());
            assertThat(marks(svg, "circle", "point")).hasSize(input.points().size() - violated.size());
            assertThat(pathPoints(marks(svg, "path", "line").get(0).getAttribute("d"))).isEqualTo(input.points().size());
            for (Element mark : marked) {
                assertThat(mark.getTextContent()).contains("breaks").containsPattern("(Western Electric|Nelson) rule \\d");
            }
            assertThat(charts.get(c).getTextContent()).contains("rule 1: one point beyond the control limits");
            assertThat(marks(svg, "path", "centre")).hasSize(1);
            assertThat(marks(svg, "path", "ucl")).hasSize(1);
            assertThat(marks(svg, "path", "lcl")).hasSize(1);
        }
        Element xmr = svgOf(charts.get(0));
        assertThat(marks(xmr, "path", "violation")).anySatisfy(mark -> assertThat(mark.getAttribute("data-rules"))
                .contains("WESTERN_ELECTRIC_1"));
    }

    @Test
    void toHtml_pChart_stepsTheLimitsThatVaryWithTheSampleSize() {
        Element svg = svgOf(sections(DOC, "control-chart").get(1));
        List<Double> ucl = numbers(marks(svg, "path", "ucl").get(0).getAttribute("d"));
        Set<Double> levels = new TreeSet<>();
        for (int i = 1; i < ucl.size(); i += 2) {
            levels.add(ucl.get(i));
        }
        assertThat(levels).hasSizeGreaterThan(3);
        assertThat(pathPoints(marks(svg, "path", "ucl").get(0).getAttribute("d")))
                .isEqualTo(2 * ReportFixtures.complaintShare().points().size());
        assertThat(svg.getTextContent()).contains("2026-W36").contains("vary with sample size");
    }

    @Test
    void toHtml_pareto_drawsABarPerCategoryTheVitalFewApartAndTheCumulativeLine() {
        Element svg = svgOf(only("pareto"));
        ParetoSection input = ReportFixtures.pareto();
        List<Element> bars = marks(svg, "rect", "bar");
        assertThat(bars).hasSize(input.bars().size());
        assertThat(marks(svg, "rect", "vital")).hasSize((int) input.bars().stream().filter(ParetoSection.Bar::vitalFew).count())
                .hasSize(4);
        List<Double> heights = bars.stream().map(b -> Double.parseDouble(b.getAttribute("height"))).toList();
        assertThat(heights).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(bars.get(0).getTextContent()).isEqualTo("Flight changes: 96 (35.4\u00A0%, cumulative 35.4\u00A0%) \u2014 vital few");
        assertThat(pathPoints(marks(svg, "path", "cumulative").get(0).getAttribute("d"))).isEqualTo(input.bars().size());
        assertThat(marks(svg, "g", "cutoff")).singleElement()
                .satisfies(g -> assertThat(g.getTextContent()).contains("80\u00A0% cut-off"));
    }

    @Test
    void toHtml_servqual_drawsShortfallsDownFromTheZeroAxis() {
        Element svg = svgOf(only("servqual"));
        double zero = Double.parseDouble(marks(svg, "line", "zero").get(0).getAttribute("y1"));
        List<Element> gaps = marks(svg, "rect", "gap");
        assertThat(gaps).hasSize(6);
        assertThat(marks(svg, "rect", "overall")).hasSize(1);
        for (Element gap : gaps) {
            double y = Double.parseDouble(gap.getAttribute("y"));
            double h = Double.parseDouble(gap.getAttribute("height"));
            if (gap.getAttribute("class").contains("negative")) {
                assertThat(y).isEqualTo(zero);
            } else {
                assertThat(y + h).isCloseTo(zero, offset(0.11));
            }
        }
        assertThat(marks(svg, "rect", "negative")).hasSize(4);
        assertThat(svg.getTextContent()).contains("Reliability").contains("\u22121.12").contains("+0.21").contains("Overall");
    }

    @Test
    void toHtml_importancePerformance_placesACirclePerAttributeInLabelledQuadrants() {
        Element svg = svgOf(only("importance-performance"));
        assertThat(marks(svg, "circle", "attribute")).hasSize(ReportFixtures.ipaPoints().size());
        assertThat(marks(svg, "rect", "quadrant")).hasSize(4);
        assertThat(svg.getTextContent()).contains("Concentrate here", "Keep up the good work", "Low priority",
                "Possible overkill");
        assertThat(marks(svg, "circle", "attribute")).anySatisfy(c -> assertThat(c.getTextContent())
                .isEqualTo("Refund time: importance 4.50, performance 2.80 \u2014 concentrate here"));
        assertThat(elements(marks(svg, "g", "crosshairs").get(0), SVG, "line")).hasSize(2);
    }

    @Test
    void toHtml_scorecard_listsEveryKpiWithStageValueTargetAndStatus() {
        Element table = elements(only("scorecard"), XHTML, "table").get(0);
        List<Element> rows = elements(elements(table, XHTML, "tbody").get(0), XHTML, "tr");
        assertThat(rows).hasSize(10);
        assertThat(elements(table, XHTML, "caption").get(0).getTextContent())
                .isEqualTo("Each KPI's measured value graded against its target: 4 met, 4 at risk, 1 missed, 1 without data.");
        assertThat(cells(rows.get(0))).containsExactly("Order accuracy", "booking", "99.3\u00A0%",
                "\u2265\u00A099\u00A0%at risk from 97\u00A0%", "\u2713 met");
        assertThat(cells(rows.get(1))).containsExactly("Response time", "booking", "14\u00A0s",
                "\u2264\u00A010\u00A0sat risk up to 30\u00A0s", "\u25B2 at risk");
        assertThat(cells(rows.get(3))).endsWith("\u2715 missed");
        assertThat(cells(rows.get(6))).containsExactly("Expense-policy compliance rate", "reimbursement", "\u2014",
                "\u2265\u00A095\u00A0%at risk from 90\u00A0%", "\u2013 no data");
        assertThat(elements(table, XHTML, "span").stream().map(s -> s.getAttribute("class"))
                .filter(c -> c.startsWith("status ")).distinct())
                .containsExactlyInAnyOrder("status met", "status at-risk", "status missed", "status no-data");
    }

    @Test
    void toHtml_summary_listsTheEntriesInOrder() {
        Element table = elements(only("summary"), XHTML, "table").get(0);
        assertThat(elements(table, XHTML, "tr")).extracting(QualityReportTest::cells).containsExactly(
                List.of("scenario", "business-travel"), List.of("seed", "42"),
                List.of("simulated span", "2026-08-31 to 2026-11-22 (12 ISO weeks)"), List.of("cases", "2400"),
                List.of("throughput", "200 cases per week"));
        assertThat(elements(table, XHTML, "caption")).hasSize(1);
    }

    @Test
    void toHtml_sameInput_rendersTheSamePageInAnyDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String german = ReportFixtures.fullReport().toHtml();
            Locale.setDefault(new Locale("ar", "EG"));
            String arabic = ReportFixtures.fullReport().toHtml();
            assertThat(german).isEqualTo(HTML);
            assertThat(arabic).isEqualTo(HTML);
        } finally {
            Locale.setDefault(before);
        }
        assertThat(ReportFixtures.fullReport()).isEqualTo(ReportFixtures.fullReport())
                .hasSameHashCodeAs(ReportFixtures.fullReport());
    }

    @Test
    void writeTo_writesThePageInUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.html");
        ReportFixtures.fullReport().writeTo(file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(HTML);
    }

    @Test
    void charts_haveAnAccessibleNameAndDescription() {
        for (Element svg : elements(DOC, SVG, "svg")) {
            Element section = (Element) svg.getParentNode().getParentNode();
            String heading = elements(section, XHTML, "h2").get(0).getTextContent();
            assertThat(elements(svg, SVG, "title").get(0).getTextContent()).isEqualTo(heading);
            assertThat(elements(svg, SVG, "desc").get(0).getTextContent()).isNotBlank();
            assertThat(elements(section, XHTML, "figcaption")).hasSize(1);
        }
    }

    @Test
    void controlChartSection_fromCharts_keepsThePointsOfTheChart() {
        List<ChartPoint> points = ReportFixtures.resolutionHours().individuals();
        assertThat(ReportFixtures.xmr().points()).isEqualTo(points);
        assertThat(ReportFixtures.xmr().valueLabel()).isEqualTo("hours");
        assertThat(ReportFixtures.pChart().chartType()).isEqualTo("p chart");
        assertThat(ReportFixtures.pChart().valueLabel()).isEqualTo("proportion nonconforming");
    }

    private static List<String> cells(Element row) {
        List<String> cells = new ArrayList<>();
        for (Node n = row.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                cells.add(e.getTextContent());
            }
        }
        return cells;
    }
}
