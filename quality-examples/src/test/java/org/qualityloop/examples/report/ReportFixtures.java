package org.qualityloop.examples.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.qualityloop.examples.BusinessTravel;
import org.qualityloop.metrics.CalendarPeriod;
import org.qualityloop.metrics.KpiScorecard;
import org.qualityloop.metrics.NpsResult;
import org.qualityloop.metrics.PeriodUnit;
import org.qualityloop.metrics.Proportion;
import org.qualityloop.metrics.analysis.AttributeChart;
import org.qualityloop.metrics.analysis.ControlCharts;
import org.qualityloop.metrics.analysis.IpaGrid;
import org.qualityloop.metrics.analysis.IpaPoint;
import org.qualityloop.metrics.analysis.Pareto;
import org.qualityloop.metrics.analysis.RunRules;
import org.qualityloop.metrics.analysis.ServqualResult;
import org.qualityloop.metrics.analysis.XmrChart;
import org.qualityloop.model.KpiId;
import org.qualityloop.model.sla.SlaTarget;

/** Realistic data for every section, as the example harness would compute it after a run. */
final class ReportFixtures {

    /** Monday of ISO week 36 of 2026. */
    static final LocalDate FIRST_WEEK = LocalDate.of(2026, 8, 31);
    static final int WEEKS = 12;
    /** The week without NPS responses (a gap in the NPS line). */
    static final int QUIET_WEEK = 7;

    private ReportFixtures() {
    }

    static CalendarPeriod week(int i) {
        return CalendarPeriod.of(PeriodUnit.ISO_WEEK, FIRST_WEEK.plusWeeks(i));
    }

    static Map<CalendarPeriod, NpsResult> npsByWeek() {
        long[][] counts = {
            {52, 30, 18}, {48, 33, 19}, {55, 28, 17}, {40, 30, 30}, {38, 27, 35}, {45, 30, 25},
            {50, 31, 19}, {0, 0, 0}, {58, 27, 15}, {61, 25, 14}, {57, 29, 14}, {63, 24, 13},
        };
        Map<CalendarPeriod, NpsResult> byWeek = new LinkedHashMap<>();
        for (int i = 0; i < WEEKS; i++) {
            if (i != QUIET_WEEK) {
                byWeek.put(week(i), NpsResult.of(counts[i][0], counts[i][1], counts[i][2]));
            }
        }
        return byWeek;
    }

    static NpsTrendSection nps() {
        return NpsTrendSection.of("NPS per ISO week", npsByWeek()).withTarget(40);
    }

    static Map<SlaTarget, Map<CalendarPeriod, Proportion>> slaByWeek() {
        long[] firstResponse = {188, 190, 185, 170, 160, 175, 186, 189, 192, 194, 193, 196};
        long[] resolution = {170, 172, 168, 150, 139, 155, 171, 175, 180, 181, 183, 186};
        long[] followUp = {0, 0, 150, 152, 140, 149, 160, 166, 170, 174, 176, 179};
        Map<SlaTarget, Map<CalendarPeriod, Proportion>> sla = new LinkedHashMap<>();
        sla.put(SlaTarget.FIRST_RESPONSE, new LinkedHashMap<>());
        sla.put(SlaTarget.RESOLUTION, new LinkedHashMap<>());
        sla.put(SlaTarget.FOLLOW_UP, new LinkedHashMap<>());
        for (int i = 0; i < WEEKS; i++) {
            sla.get(SlaTarget.FIRST_RESPONSE).put(week(i), Proportion.of(firstResponse[i], 200));
            sla.get(SlaTarget.RESOLUTION).put(week(i), Proportion.of(resolution[i], 200));
            if (followUp[i] > 0) {
                sla.get(SlaTarget.FOLLOW_UP).put(week(i), Proportion.of(followUp[i], 190));
            }
        }
        return sla;
    }

    static SlaTrendSection sla() {
        return SlaTrendSection.of("SLA compliance per ISO week", slaByWeek()).withTarget(90);
    }

    /** Resolution hours per case: a stable process with one spike (breaks Western Electric rule 1). */
    static XmrChart resolutionHours() {
        double[] hours = {6.1, 5.8, 6.4, 6.0, 5.7, 6.3, 6.2, 5.9, 11.5, 6.1, 6.0, 6.6, 6.8, 6.7, 6.9, 7.0, 6.8,
            7.1, 6.9, 7.2};
        return ControlCharts.xmr(hours).orElseThrow();
    }

    static ControlChartSection xmr() {
        XmrChart chart = resolutionHours();
        return ControlChartSection.individuals("Resolution time per case, hours (XmR)", chart,
                RunRules.westernElectric(chart.individuals())).withValueLabel("hours");
    }

    /** Complaint share per week with varying case volumes: variable limits, one point above the UCL. */
    static AttributeChart complaintShare() {
        long[] complaints = {14, 12, 17, 15, 31, 13, 11, 16, 12, 14, 10, 13};
        long[] cases = {310, 280, 350, 330, 320, 290, 260, 340, 300, 310, 250, 300};
        return ControlCharts.p(complaints, cases).orElseThrow();
    }

    static ControlChartSection pChart() {
        AttributeChart chart = complaintShare();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < chart.points().size(); i++) {
            labels.add(Periods.label(week(i)));
        }
        return ControlChartSection.attribute("Complaint share per ISO week (p chart)", chart,
                RunRules.nelson(chart.points())).withLabels(labels);
    }

    static Map<String, Long> complaintCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("Flight changes", 96L);
        counts.put("Refund delays", 71L);
        counts.put("Hotel booking errors", 44L);
        counts.put("Invoice missing", 25L);
        counts.put("App login", 14L);
        counts.put("Approval stuck", 11L);
        counts.put("Seat selection", 6L);
        counts.put("Other", 4L);
        return counts;
    }

    static ParetoSection pareto() {
        return ParetoSection.of("Complaints by category", Pareto.of(complaintCounts()).orElseThrow());
    }

    static ServqualResult servqualResult() {
        Map<String, Double> dimensions = new LinkedHashMap<>();
        dimensions.put("Tangibles", 0.21);
        dimensions.put("Reliability", -1.12);
        dimensions.put("Responsiveness", -0.74);
        dimensions.put("Assurance", -0.18);
        dimensions.put("Empathy", 0.35);
        double overall = dimensions.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        List<Double> items = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            items.add(-0.5 + (i % 5) * 0.2);
        }
        return new ServqualResult(180, items, dimensions, overall, OptionalDouble.empty(), OptionalDouble.empty());
    }

    static ServqualSection servqual() {
        return ServqualSection.of("SERVQUAL gaps by dimension", servqualResult());
    }

    static Map<String, IpaPoint> ipaPoints() {
        Map<String, IpaPoint> points = new LinkedHashMap<>();
        points.put("Fare search", new IpaPoint(4.1, 4.3));
        points.put("Approval speed", new IpaPoint(4.6, 3.1));
        points.put("Refund time", new IpaPoint(4.5, 2.8));
        points.put("Hotel choice", new IpaPoint(3.4, 4.2));
        points.put("Invoice accuracy", new IpaPoint(4.2, 3.4));
        points.put("App design", new IpaPoint(3.1, 3.9));
        points.put("Loyalty points", new IpaPoint(2.8, 3.0));
        points.put("Agent courtesy", new IpaPoint(3.9, 4.5));
        return points;
    }

    static ImportancePerformanceSection ipa() {
        Map<String, IpaPoint> points = ipaPoints();
        return ImportancePerformanceSection.of("Importance\u2013performance grid",
                IpaGrid.meanCentred(points).orElseThrow(), points);
    }

    static KpiScorecard scorecard() {
        Map<KpiId, BigDecimal> measured = new LinkedHashMap<>();
        measured.put(KpiId.of("order-accuracy"), new BigDecimal("99.3"));
        measured.put(KpiId.of("booking-response-time"), new BigDecimal("14"));
        measured.put(KpiId.of("booking-csat"), new BigDecimal("4.6"));
        measured.put(KpiId.of("approval-pass-rate"), new BigDecimal("78.5"));
        measured.put(KpiId.of("approval-turnaround"), new BigDecimal("3.5"));
        measured.put(KpiId.of("reimbursement-cycle"), new BigDecimal("6.2"));
        measured.put(KpiId.of("complaint-response"), new BigDecimal("24"));
        measured.put(KpiId.of("resolution-rate"), new BigDecimal("91.0"));
        measured.put(KpiId.of("nps"), new BigDecimal("38.7"));
        return KpiScorecard.of(BusinessTravel.kpis(), measured);
    }

    static ScorecardSection scorecardSection() {
        return new ScorecardSection("KPI scorecard", scorecard());
    }

    static SummarySection summary() {
        return SummarySection.of("Run summary")
                .with("scenario", "business-travel")
                .with("seed", 42)
                .with("simulated span", "2026-08-31 to 2026-11-22 (12 ISO weeks)")
                .with("cases", 2_400)
                .with("throughput", "200 cases per week");
    }

    /** A report with every chart and table, in the order the harness shows them. */
    static QualityReport fullReport() {
        return QualityReport.builder("Business travel \u2014 simulated quarter")
                .subtitle("Scenario business-travel, seed 42, ISO weeks 2026-W36 to 2026-W47")
                .add(summary())
                .add(scorecardSection())
                .add(nps())
                .add(sla())
                .add(xmr())
                .add(pChart())
                .add(pareto())
                .add(servqual())
                .add(ipa())
                .build();
    }
}
