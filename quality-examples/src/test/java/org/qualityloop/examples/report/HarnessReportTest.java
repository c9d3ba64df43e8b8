package org.qualityloop.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qualityloop.examples.Scenarios;
import org.qualityloop.examples.internal.HtmlReport;
import org.qualityloop.examples.scenario.Scenario;
import org.qualityloop.examples.simulation.Comparison;
import org.qualityloop.examples.simulation.Simulation;
import org.qualityloop.examples.simulation.SimulationResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The HTML report of a harness run: a valid, self-contained page in which every chart has data.
 */
class HarnessReportTest {

    @Test
    void reportOfARun_isSelfContained_andEveryChartHasData() {
        Scenario travel = Scenarios.businessTravel();
        Simulation sim = Simulation.of(travel).cases(12_000);
        Comparison c = sim.compare("fast-approval-node");
        SimulationResult r = c.before();
        QualityReport report = HtmlReport.of(travel, r, Optional.of(c));
        assertThat(report.sectionsWithoutData()).isEmpty();
        String html = report.toHtml();
        Document doc = ReportInvariants.assertValidPage(html);
        List<Element> sections = ReportInvariants.sections(doc);
        // Headline, improvement, summary, scorecard, NPS, SLA, two control charts, Pareto, CSAT and CES,
        // SERVQUAL, IPA, Kano, then the analyses of the run's histories: where time goes in the journey
        // and in the workflow, the process map, the recovery paradox and a breached case's SLA.
        assertThat(sections).extracting(s -> s.getAttribute("class").replace("section ", "")).containsExactly(
                "headline", "improvement", "summary", "scorecard", "nps-trend", "sla-trend", "control-chart",
                "control-chart", "pareto", "survey-scores", "servqual", "importance-performance", "kano",
                "journey-times", "bottlenecks", "process-map", "recovery-paradox", "sla-explanation");
        assertThat(html).doesNotContain("class=\"no-data-note\"");
        List<Element> charts = ReportInvariants.elements(doc, ReportInvariants.SVG, "svg");
        // The improvement chart, NPS, SLA, two control charts, Pareto, SERVQUAL, IPA and the process map.
        assertThat(charts).hasSize(9);
        // The business-travel seed's slow approval node of the expense audit comes out on top.
        assertThat(ReportInvariants.sections(doc, "journey-times").get(0).getTextContent())
                .contains("Slowest step: reimbursement/expense-audit");
        for (Element svg : charts) {
            // Every chart draws data: points, bars or lines, beyond its axes.
            long marks = ReportInvariants.elements(svg, ReportInvariants.SVG, "circle").size()
                    + ReportInvariants.elements(svg, ReportInvariants.SVG, "rect").size()
                    + ReportInvariants.elements(svg, ReportInvariants.SVG, "path").size();
            assertThat(marks).as("data marks of %s", svg.getAttribute("aria-labelledby")).isGreaterThan(3);
        }
        // The page names the scenario and the seed, so a reader can rerun it.
        assertThat(html).contains("Scenario " + r.run().scenario() + ", seed " + r.run().seed());
        // Each control chart says where its limits come from (about 14 days of cases: too short to
        // set the start-up aside), keeps them within the bounds of its measure and stays readable.
        List<Element> controls = ReportInvariants.sections(doc, "control-chart");
        assertThat(controls).hasSize(2).allSatisfy(section -> {
            assertThat(section.getTextContent()).contains("baseline of 14 days")
                    .contains("too short to set a start-up aside");
            assertThat(ReportInvariants.marks(section, "circle", "point").size()
                    + ReportInvariants.marks(section, "path", "violation").size())
                    .isLessThanOrEqualTo(ControlChartSection.MAX_POINTS);
            for (Element label : ReportInvariants.elements(ReportInvariants.marks(section, "g", "limit-labels").get(0),
                    ReportInvariants.SVG, "text")) {
                assertThat(Double.parseDouble(label.getTextContent().replaceAll("^[A-Z]+ ", "")))
                        .as(label.getTextContent()).isGreaterThanOrEqualTo(0.0);
            }
        });
        assertThat(html).contains("Reimbursement cycle time")
                .contains("Verdict: Significant improvement of Reimbursement cycle time.")
                .contains("process-suggestion/reimbursement").contains("Western Electric");
        // The same seed renders the same page.
        assertThat(HtmlReport.of(travel, sim.run(), Optional.empty()).toHtml())
                .isEqualTo(HtmlReport.of(travel, r, Optional.empty()).toHtml());
    }
}
