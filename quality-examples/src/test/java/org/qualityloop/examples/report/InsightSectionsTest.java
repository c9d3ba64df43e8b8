package org.qualityloop.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qualityloop.examples.report.ReportInvariants.SVG;
import static org.qualityloop.examples.report.ReportInvariants.XHTML;
import static org.qualityloop.examples.report.ReportInvariants.assertValidPage;
import static org.qualityloop.examples.report.ReportInvariants.elements;
import static org.qualityloop.examples.report.ReportInvariants.marks;
import static org.qualityloop.examples.report.ReportInvariants.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qualityloop.insight.DwellMeasure;
import org.qualityloop.model.KpiId;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The headline, the improvement verdict, the survey tables and the insight sections, each
 * rendered from {@link InsightFixtures}: what a reader sees, checked value by value.
 */
class InsightSectionsTest {

    private static final String HTML = InsightFixtures.insightReport().toHtml();
    private static final Document DOC = assertValidPage(HTML);

    private static Element only(String kind) {
        List<Element> found = sections(DOC, kind);
        assertThat(found).as("sections of kind %s", kind).hasSize(1);
        return found.get(0);
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

    private static List<Element> bodyRows(Element table) {
        return elements(elements(table, XHTML, "tbody").get(0), XHTML, "tr");
    }

    private static List<String> texts(Element parent, String cssClass) {
        return elements(parent, XHTML, "*").stream()
                .filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cssClass))
                .map(Element::getTextContent).toList();
    }

    @Test
    void builder_putsTheHeadlineAndVerdictFirst_andTheInsightsLast() {
        assertThat(sections(DOC)).extracting(s -> s.getAttribute("class").replace("section ", "")).containsExactly(
                "headline", "improvement", "summary", "scorecard", "survey-scores", "kano", "bottlenecks",
                "process-map", "recovery-paradox", "sla-explanation");
        assertThat(QualityReport.builder("Empty").build().sections()).isEmpty();
    }

    @Test
    void builder_partSetTwice_isRejectedNamingThePart() {
        QualityReport.Builder b = QualityReport.builder("Report").headline(InsightFixtures.headline());
        assertThatThrownBy(() -> b.headline(InsightFixtures.headline())).isInstanceOf(IllegalStateException.class)
                .hasMessage("headline was already set to 'At a glance'");
        assertThatThrownBy(() -> b.processMap(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("processMap must not be null");
    }

    @Test
    void headline_tilesShowTheKpisMostInNeedOfAttention_withValueTargetAndStatus() {
        Element headline = only("headline");
        List<Element> tiles = elements(headline, XHTML, "div").stream()
                .filter(d -> d.getAttribute("class").startsWith("tile ")).toList();
        // NPS first, then the missed KPI, then the at-risk ones, then a met one (scorecard order within each)
        assertThat(tiles).extracting(t -> t.getAttribute("title")).containsExactly("nps", "approval-pass-rate",
                "booking-response-time", "reimbursement-cycle", "resolution-rate", "order-accuracy");
        assertThat(texts(headline, "tile-value")).containsExactly("38.7\u00A0points", "78.5\u00A0%", "14\u00A0s",
                "6.2\u00A0days", "91.0\u00A0%", "99.3\u00A0%");
        assertThat(texts(headline, "tile-target")).startsWith("target \u2265\u00A040\u00A0points",
                "target \u2265\u00A090\u00A0%", "target \u2264\u00A010\u00A0s");
        assertThat(tiles).extracting(t -> t.getAttribute("class")).containsExactly("tile at-risk", "tile missed",
                "tile at-risk", "tile at-risk", "tile at-risk", "tile met");
        assertThat(tiles.get(0).getTextContent().strip()).startsWith("Net Promoter Score").contains("\u25B2 at risk");
    }

    @Test
    void headline_writtenSummary_readsLikeAManagersNote() {
        Element headline = only("headline");
        assertThat(texts(headline, "lead")).containsExactly(
                "Of 10 KPIs, 4 met their target, 4 at risk, 1 missed and 1 has no data.");
        assertThat(elements(headline, XHTML, "li")).extracting(Element::getTextContent).containsExactly(
                "Approval pass rate 78.5\u00A0%, target at least 90\u00A0%: missed.",
                "Response time 14\u00A0s, target at most 10\u00A0s: at risk.",
                "Reimbursement cycle time 6.2\u00A0days, target at most 5\u00A0days: at risk.",
                "Resolution rate 91.0\u00A0%, target at least 95\u00A0%: at risk.",
                "Net Promoter Score 38.7\u00A0points, target at least 40\u00A0points: at risk.");
        assertThat(headline.getTextContent()).doesNotContain("approval-pass-rate").doesNotContain("nps ");
    }

    @Test
    void headline_chosenTilesAndNotes_areKeptInOrder_andUnknownKpisRejected() {
        HeadlineSection h = InsightFixtures.headline().withTiles(List.of(KpiId.of("order-accuracy")))
                .withNote("The change worked.");
        assertThat(h.tileRows()).extracting(r -> r.definition().name()).containsExactly("Order accuracy");
        assertThat(h.summary()).last().isEqualTo("The change worked.");
        assertThatThrownBy(() -> h.withTiles(List.of(KpiId.of("speed")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tiles[0] must be a KPI of the scorecard, but was 'speed'");
        assertThatThrownBy(() -> h.withNote("The change worked.")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("notes must be distinct, but 'The change worked.' appeared more than once");
    }

    @Test
    void improvement_verdictNamesTheKpisByName_andComesBeforeTheScorecard() {
        List<Element> all = sections(DOC);
        assertThat(all.indexOf(only("improvement"))).isLessThan(all.indexOf(only("scorecard")));
        Element section = only("improvement");
        assertThat(texts(section, "verdict")).containsExactly(
                "Verdict: Significant improvement of Reimbursement cycle time.");
        assertThat(section.getTextContent()).doesNotContain("reimbursement-cycle")
                .contains("Change: Speed up the slow approval node");
    }

    @Test
    void improvement_chartPairsBeforeAndAfterPerKpi_namedKpisFirst_differencesInPoints() {
        Element svg = elements(only("improvement"), SVG, "svg").get(0);
        List<Element> rows = marks(svg, "g", "kpi-change");
        assertThat(rows).extracting(r -> r.getAttribute("data-kpi")).containsExactly("reimbursement-cycle",
                "order-accuracy", "resolution-rate", "nps", "policy-compliance");
        assertThat(marks(svg, "g", "expected")).hasSize(1);
        // 6.28 -> 3.05 days: -3.23; 97.74 -> 97.74 %: 0 pp; 99.05 -> 99.01 %: -0.04 pp, which rounds to 0.0, not -0.0;
        // 24.7 -> 30.6 NPS: +5.9 points; the policy compliance was not measured
        assertThat(marks(svg, "text", "difference")).extracting(Element::getTextContent).containsExactly(
                "\u22123.2\u00A0days", "0.0\u00A0pp", "0.0\u00A0pp", "+5.9\u00A0points", "\u2014");
        assertThat(marks(svg, "text", "outcome")).extracting(Element::getTextContent).containsExactly(
                "significantly better", "no significant change", "no significant change", "significantly better",
                "not tested");
        assertThat(marks(rows.get(0), "rect", "before")).hasSize(1);
        assertThat(marks(rows.get(0), "rect", "after")).singleElement()
                .satisfies(r -> assertThat(r.getAttribute("fill")).isEqualTo(Svg.GREEN));
        double before = Double.parseDouble(marks(rows.get(0), "rect", "before").get(0).getAttribute("width"));
        double after = Double.parseDouble(marks(rows.get(0), "rect", "after").get(0).getAttribute("width"));
        assertThat(after / before).isCloseTo(3.05 / 6.28, org.assertj.core.api.Assertions.within(0.01));
        assertThat(marks(rows.get(4), "rect", "bar")).isEmpty();
        assertThat(marks(svg, "text", "value")).extracting(Element::getTextContent)
                .startsWith("6.3\u00A0days", "3.1\u00A0days");
        assertThat(svg.getTextContent()).doesNotContain("\u22120.0").doesNotContain("-0.0");
    }

    @Test
    void improvement_placeboAndFailure_areSaidPlainly() {
        ImprovementSection real = InsightFixtures.improvement();
        ImprovementSection placebo = new ImprovementSection("Placebo", "nothing changes", true, 0.05, real.changes());
        assertThat(placebo.passed()).isFalse();
        assertThat(placebo.verdict()).isEqualTo(
                "A significant change of Reimbursement cycle time although nothing changed: a false alarm.");
        List<ImprovementSection.Change> none = real.changes().stream().map(c -> new ImprovementSection.Change(c.kpi(),
                c.before(), c.after(), c.test(), c.pValue(), c.adjustedP(), false, c.expected())).toList();
        assertThat(new ImprovementSection("Real", "faster", false, 0.05, none).verdict())
                .isEqualTo("No significant improvement of Reimbursement cycle time.");
        assertThat(new ImprovementSection("Placebo", "nothing", true, 0.05, none).verdict())
                .isEqualTo("No significant change of Reimbursement cycle time, as a placebo should show.");
        assertThatThrownBy(() -> new ImprovementSection("Real", "faster", false, 1.5, none))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("alpha must be between 0 and 1 exclusive, but was 1.5");
    }

    @Test
    void surveyScores_showCsatAndCesOnTheirScales() {
        List<Element> rows = bodyRows(elements(only("survey-scores"), XHTML, "table").get(0));
        assertThat(cells(rows.get(0))).containsExactly("Customer satisfaction (CSAT)", "4.12 of 5",
                "1\u20135, higher is better", "top two boxes 78.0\u00A0%", "200");
        assertThat(cells(rows.get(1))).containsExactly("Customer effort (CES 2.0)", "5.40 of 7",
                "1\u20137, 7 = it was very easy", "easy (5\u20137) 80.0\u00A0%", "150");
        assertThat(new SurveyScoresSection("CSAT", Optional.empty(), Optional.empty()).hasData()).isFalse();
    }

    @Test
    void kano_classifiesEachFeatureWithItsCoefficients() {
        List<Element> rows = bodyRows(elements(only("kano"), XHTML, "table").get(0));
        // A 30, O 10, M 5, I 5: attractive; better (30 + 10) / 50 = 0.80, worse -(10 + 5) / 50 = -0.30
        assertThat(cells(rows.get(0))).containsExactly("Mobile boarding pass", "attractive (delighter)", "30", "10",
                "5", "5", "0", "0", "0.80", "\u22120.30");
        // M 40, O 12, I 8 (Q 2 left out of the coefficients): must-be; better 12 / 60 = 0.20, worse -52 / 60 = -0.87
        assertThat(cells(rows.get(1))).containsExactly("Correct invoice", "must-be (basic)", "0", "12", "40", "8",
                "0", "2", "0.20", "\u22120.87");
    }

    @Test
    void bottlenecks_rankTheStatesSlowestFirst_andNameTheTest() {
        Element section = only("bottlenecks");
        List<Element> rows = bodyRows(elements(section, XHTML, "table").get(0));
        // DwellTimesTest: by working-time median (ties by mean) Resolved 2h (mean 9h), Follow-up 2h (2h),
        // In progress 1h (2h), Reopened 1h, Registered 30m (3h15), Received 30m (45m)
        assertThat(rows).extracting(r -> cells(r).get(1)).containsExactly("Resolved", "Follow-up", "In progress",
                "Reopened", "Registered", "Received");
        assertThat(cells(rows.get(0))).startsWith("1", "Resolved", "3", "2h");
        assertThat(cells(rows.get(0)).get(5)).isEqualTo("9h");
        assertThat(rows.get(0).getAttribute("class")).isEqualTo("bottleneck");
        // case A's In progress visit waited 1 h 30 of working time on the customer
        assertThat(cells(rows.get(2)).get(6)).isEqualTo("1h\u00A030m (1 visit)");
        // U = 23 of 33, z = 0.9747: p = 0.33, r = 13/33 = +0.39
        assertThat(texts(section, "insight")).singleElement().asString()
                .startsWith("Slowest: Resolved, median 2h of working time per visit against 1h for every other state")
                .contains("rank-biserial r +0.39").endsWith("not significantly slower at \u03B1 = 0.05.");
    }

    @Test
    void bottlenecks_byStage_nameTheStage() {
        BottleneckSection s = BottleneckSection.ofStages("By stage", InsightFixtures.dwellTimes(), DwellMeasure.WALL);
        String html = QualityReport.builder("Stages").bottlenecks(s).build().toHtml();
        assertThat(html).contains("approval: Resolved").contains("for every other stage and state");
        assertThatThrownBy(() -> new BottleneckSection("B", DwellMeasure.WALL, List.of(), s.bottleneck(), 0.05))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bottleneck must be present exactly when ranking is not empty, but was present with 0 "
                        + "ranked nodes");
    }

    @Test
    void processMap_drawsEveryStateAndMoveWithCountsAndMedians_reworkApart() {
        Element section = only("process-map");
        Element svg = elements(section, SVG, "svg").get(0);
        assertThat(marks(svg, "g", "node")).extracting(g -> g.getAttribute("data-state")).containsExactly("RECEIVED",
                "REGISTERED", "IN_PROGRESS", "RESOLVED", "FOLLOW_UP", "CLOSED", "REOPENED");
        List<Element> edges = marks(svg, "g", "edge");
        assertThat(edges).hasSize(7);
        // ProcessMapTest: RESOLVED -> FOLLOW_UP 3 moves, median 17h; IN_PROGRESS -> RESOLVED 3, median 1h
        assertThat(edges).filteredOn(e -> e.getAttribute("data-from").equals("RESOLVED")).singleElement()
                .satisfies(e -> assertThat(marks(e, "text", "edge-label")).extracting(Element::getTextContent)
                        .containsExactly("3", "17h"));
        assertThat(marks(svg, "g", "rework")).extracting(e -> e.getAttribute("data-from") + ">" + e.getAttribute("data-to"))
                .containsExactlyInAnyOrder("FOLLOW_UP>REOPENED", "REOPENED>IN_PROGRESS");
        assertThat(marks(svg, "g", "node")).filteredOn(g -> g.getAttribute("data-state").equals("IN_PROGRESS"))
                .singleElement().satisfies(g -> assertThat(g.getTextContent()).contains("In progress").contains("3"));
        assertThat(elements(section, XHTML, "figcaption").get(0).getTextContent())
                .contains("of 2 cases").contains("Rework: 1 reopening in 1 case, 2 follow-up attempts tried again in 1 case.");
    }

    @Test
    void processMap_labelsFitInsideTheViewBox_andBoxesDoNotOverlap() {
        Element svg = elements(only("process-map"), SVG, "svg").get(0);
        assertLabelsInside(svg);
        assertBoxesApart(svg);
        assertLabelsApart(svg);
        // a graph with every state, rejection and rectification included, stays readable too
        ProcessMapSection wide = ProcessMapSection.of("Every state", wideMap(), 1);
        Document doc = assertValidPage(QualityReport.builder("Map").processMap(wide).build().toHtml());
        Element wideSvg = elements(doc, SVG, "svg").get(0);
        assertThat(marks(wideSvg, "g", "node")).hasSize(9);
        assertLabelsInside(wideSvg);
        assertBoxesApart(wideSvg);
        assertLabelsApart(wideSvg);
    }

    private static org.qualityloop.insight.ProcessMap wideMap() {
        org.qualityloop.insight.ProcessMap m = InsightFixtures.processMap();
        m.add(InsightFixtures.rejectedAndRectified().get(0));
        m.add(InsightFixtures.rejectedAndRectified().get(1));
        return m;
    }

    /** Every text's extent, estimated as the report estimates it, lies within the view box. */
    static void assertLabelsInside(Element svg) {
        String[] box = svg.getAttribute("viewBox").split(" ");
        double width = Double.parseDouble(box[2]);
        double height = Double.parseDouble(box[3]);
        for (Element t : elements(svg, SVG, "text")) {
            double x = Double.parseDouble(t.getAttribute("x"));
            double y = Double.parseDouble(t.getAttribute("y"));
            double size = t.hasAttribute("font-size") ? Double.parseDouble(t.getAttribute("font-size")) : Svg.FONT;
            double w = Svg.textWidth(t.getTextContent(), size);
            String anchor = t.getAttribute("text-anchor");
            double left = anchor.equals("middle") ? x - w / 2 : anchor.equals("end") ? x - w : x;
            assertThat(left).as("left of '%s'", t.getTextContent()).isGreaterThanOrEqualTo(0);
            assertThat(left + w).as("right of '%s'", t.getTextContent()).isLessThanOrEqualTo(width);
            assertThat(y - size).as("top of '%s'", t.getTextContent()).isGreaterThanOrEqualTo(0);
            assertThat(y + 3).as("bottom of '%s'", t.getTextContent()).isLessThanOrEqualTo(height);
        }
    }

    /** No edge label overlaps a box or another edge label. */
    static void assertLabelsApart(Element svg) {
        List<double[]> labels = new ArrayList<>();
        for (Element t : marks(svg, "text", "edge-label")) {
            double x = Double.parseDouble(t.getAttribute("x"));
            double y = Double.parseDouble(t.getAttribute("y"));
            double size = Double.parseDouble(t.getAttribute("font-size"));
            double w = Svg.textWidth(t.getTextContent(), size);
            String anchor = t.getAttribute("text-anchor");
            double left = anchor.equals("middle") ? x - w / 2 : anchor.equals("end") ? x - w : x;
            labels.add(new double[] {left, y - 0.8 * size, w, size});
        }
        List<double[]> boxes = marks(svg, "rect", "node").stream().map(InsightSectionsTest::rect).toList();
        for (int i = 0; i < labels.size(); i++) {
            for (double[] box : boxes) {
                assertThat(overlap(labels.get(i), box)).as("label %d overlaps a box", i).isFalse();
            }
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(overlap(labels.get(i), labels.get(j))).as("labels %d and %d overlap", i, j).isFalse();
            }
        }
    }

    private static boolean overlap(double[] a, double[] b) {
        return !(a[0] + a[2] <= b[0] || b[0] + b[2] <= a[0] || a[1] + a[3] <= b[1] || b[1] + b[3] <= a[1]);
    }

    static void assertBoxesApart(Element svg) {
        List<Element> boxes = marks(svg, "rect", "node");
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] a = rect(boxes.get(i));
                double[] b = rect(boxes.get(j));
                boolean apart = a[0] + a[2] <= b[0] || b[0] + b[2] <= a[0] || a[1] + a[3] <= b[1] || b[1] + b[3] <= a[1];
                assertThat(apart).as("boxes %d and %d apart", i, j).isTrue();
            }
        }
    }

    private static double[] rect(Element r) {
        return new double[] {Double.parseDouble(r.getAttribute("x")), Double.parseDouble(r.getAttribute("y")),
            Double.parseDouble(r.getAttribute("width")), Double.parseDouble(r.getAttribute("height"))};
    }

    @Test
    void recoveryParadox_showsEveryGroupWithIntervals_andTheComparisons() {
        Element section = only("recovery-paradox");
        List<Element> tables = elements(section, XHTML, "table");
        List<Element> groups = bodyRows(tables.get(0));
        // RecoveryParadoxTest: recovered NPS 40 from 5, 3 of 4 satisfied, Wilson 30.1 % to 95.4 %
        assertThat(cells(groups.get(0))).containsExactly("Recovered after a failure", "5", "40.0",
                cells(groups.get(0)).get(3), "4", "4.00", "75.0\u00A0%", "30.1 to 95.4\u00A0%");
        assertThat(cells(groups.get(1))).startsWith("Never failed", "4", "25.0");
        assertThat(cells(groups.get(2))).startsWith("Failed, not recovered", "3", "\u221266.7");
        assertThat(bodyRows(tables.get(1))).extracting(r -> cells(r).get(0)).containsExactly("Apology", "Fix",
                "Compensation");
        // recovered against never failed: +15 points; satisfied 3/4 against 2/3: +8.3 pp
        assertThat(texts(section, "insight").get(0)).startsWith(
                "Recovered after a failure against never failed: NPS difference +15.0\u00A0points")
                .contains("satisfied share 75.0\u00A0% against 66.7\u00A0%, difference +8.3\u00A0pp");
        assertThat(texts(section, "insight").get(1)).startsWith(
                "Recovered after a failure against failed, not recovered: NPS difference +106.7\u00A0points");
    }

    @Test
    void slaExplanation_showsTheFactsAndEveryLineOfTheText() {
        Element section = only("sla-explanation");
        List<Element> facts = bodyRows(elements(section, XHTML, "table").get(0));
        assertThat(facts).extracting(r -> cells(r).get(0)).containsExactly("SLA target", "status",
                "working time allowed", "working time counted", "started", "deadline", "breached");
        assertThat(cells(facts.get(1))).containsExactly("status", "breached");
        assertThat(cells(facts.get(2))).containsExactly("working time allowed", "4h on calendar office");
        assertThat(cells(facts.get(3))).containsExactly("working time counted", "4h\u00A030m");
        assertThat(cells(facts.get(6)).get(1)).startsWith("2026-03-04T12:30:00Z (30m of working time over the target");
        List<String> lines = elements(elements(section, XHTML, "ul").get(0), XHTML, "li").stream()
                .map(Element::getTextContent).toList();
        assertThat(String.join("\n", lines) + "\n").isEqualTo(InsightFixtures.slaExplanation().text());
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("holidays skipped: 2026-03-03"));
    }

    @Test
    void emptyInsights_renderANoDataNote() {
        org.qualityloop.insight.DwellTimes empty = org.qualityloop.insight.DwellTimes.of(
                org.qualityloop.workflow.cases.FeedbackLifecycle.standard(InsightFixtures.OFFICE));
        QualityReport r = QualityReport.builder("Empty")
                .bottlenecks(BottleneckSection.of("Where time goes", empty, DwellMeasure.WORKING))
                .recoveryParadox(RecoveryParadoxSection.of("Recovery", new org.qualityloop.insight.RecoveryParadox()))
                .build();
        assertThat(r.sectionsWithoutData()).hasSize(2);
        assertThat(r.toHtml()).contains("No data: no case left a state.")
                .contains("No data: no survey answer was linked to a case.");
    }
}
