package org.qualityloop.examples.internal;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.qualityloop.examples.report.BottleneckSection;
import org.qualityloop.examples.report.ControlChartSection;
import org.qualityloop.examples.report.HeadlineSection;
import org.qualityloop.examples.report.ImportancePerformanceSection;
import org.qualityloop.examples.report.ImprovementSection;
import org.qualityloop.examples.report.JourneyTimesSection;
import org.qualityloop.examples.report.KanoSection;
import org.qualityloop.examples.report.NpsTrendSection;
import org.qualityloop.examples.report.ParetoSection;
import org.qualityloop.examples.report.ProcessMapSection;
import org.qualityloop.examples.report.QualityReport;
import org.qualityloop.examples.report.RecoveryParadoxSection;
import org.qualityloop.examples.report.ScorecardSection;
import org.qualityloop.examples.report.ServqualSection;
import org.qualityloop.examples.report.SlaExplanationSection;
import org.qualityloop.examples.report.SlaTrendSection;
import org.qualityloop.examples.report.SummarySection;
import org.qualityloop.examples.report.SurveyScoresSection;
import org.qualityloop.examples.scenario.MeasureKind;
import org.qualityloop.examples.scenario.Scenario;
import org.qualityloop.examples.scenario.ScenarioKpi;
import org.qualityloop.examples.simulation.Comparison;
import org.qualityloop.examples.simulation.DailyChart;
import org.qualityloop.examples.simulation.KpiChange;
import org.qualityloop.examples.simulation.SimulationResult;
import org.qualityloop.insight.DwellMeasure;
import org.qualityloop.metrics.analysis.IpaGrid;

/**
 * Assembles the HTML report of a run from its results: the headline tiles and written summary,
 * after an improvement run its verdict and before/after chart, then run summary, KPI scorecard,
 * NPS and SLA trends, the daily control charts, the Pareto of complaint categories, CSAT and CES,
 * SERVQUAL gaps, the importance–performance grid and the Kano classification. The page depends
 * only on the results, so the same seed gives the same page. Not exported.
 */
public final class HtmlReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private HtmlReport() {
    }

    /**
     * Builds the report.
     *
     * @param scenario the scenario run
     * @param r the run's result
     * @param comparison the improvement run, if one was made (its before run is {@code r})
     * @return the report
     */
    public static QualityReport of(Scenario scenario, SimulationResult r, Optional<Comparison> comparison) {
        SimulationResult.Run run = r.run();
        SimulationResult.Workflow w = r.workflow();
        QualityReport.Builder b = QualityReport.builder(run.title() + ": simulated service quality")
                .subtitle("Scenario " + run.scenario() + ", seed " + run.seed() + ", " + Console.count(run.cases())
                        + " service cases from " + DAY.format(run.firstDay()) + " to " + DAY.format(run.lastDay()));
        HeadlineSection headline = HeadlineSection.of("At a glance", r.scorecard());
        if (comparison.isPresent()) {
            ImprovementSection improvement = improvement(comparison.get());
            headline = headline.withNote("Improvement run \u201C" + comparison.get().improvement().name() + "\u201D: "
                    + improvement.verdict());
            b.improvement(improvement);
        }
        b.headline(headline);
        b.add(SummarySection.of("Run summary")
                .with("scenario", run.scenario() + " (" + run.title() + ")")
                .with("seed", run.seed())
                .with("service cases", Console.count(run.cases()))
                .with("feedback cases through the workflow", Console.count(run.feedbackCases()))
                .with("period", DAY.format(run.firstDay()) + " to " + DAY.format(run.lastDay()) + " (" + run.zone() + ")")
                .with("workflow commands", Console.count(w.commands()) + " (" + Console.count(w.rejectedCommands())
                        + " rejected)")
                .with("SLA warnings / breaches / escalations", Console.count(w.slaWarnings()) + " / "
                        + Console.count(w.slaBreaches()) + " / " + Console.count(w.escalations()))
                .with("closed: confirmed / unreachable / rejected", Console.count(w.confirmed()) + " / "
                        + Console.count(w.unreachable()) + " / " + Console.count(w.rejected()))
                .with("reopened after the follow-up", Console.count(w.reopened()))
                .with("knowledge-base entries", Console.count(w.knowledgeEntries()))
                .with("agent utilisation", String.format(Locale.ROOT, "%.0f %%", 100 * w.agentUtilisation())));
        b.add(new ScorecardSection("KPI scorecard", r.scorecard()));
        NpsTrendSection nps = NpsTrendSection.of("Net Promoter Score per ISO week, with its 95 % confidence band",
                r.npsByWeek());
        Optional<BigDecimal> npsTarget = target(scenario, MeasureKind.NPS);
        b.add(npsTarget.isPresent() ? nps.withTarget(npsTarget.get().doubleValue()) : nps);
        java.util.Map<org.qualityloop.model.sla.SlaTarget, java.util.Map<org.qualityloop.metrics.CalendarPeriod,
                org.qualityloop.metrics.Proportion>> byWeek = new java.util.LinkedHashMap<>();
        for (org.qualityloop.model.sla.SlaTarget t : Units.lifecycleOrder(r.slaByWeek().keySet())) {
            byWeek.put(t, r.slaByWeek().get(t));
        }
        SlaTrendSection sla = SlaTrendSection.of("SLA compliance per target (in lifecycle order) and ISO week of receipt",
                byWeek);
        Optional<BigDecimal> slaTarget = target(scenario, MeasureKind.SLA_COMPLIANCE);
        b.add(slaTarget.isPresent() ? sla.withTarget(slaTarget.get().doubleValue()) : sla);
        for (DailyChart c : r.controlCharts()) {
            b.add(controlChart(scenario, r, c));
        }
        b.add(r.complaints().map(p -> ParetoSection.of("Complaint categories (valid feedback cases)", p,
                category -> category.code())).orElseGet(() -> ParetoSection.noData("Complaint categories")));
        if (r.surveys().csat().isPresent() || r.surveys().ces().isPresent()) {
            b.add(new SurveyScoresSection("Customer satisfaction (CSAT) and customer effort (CES)", r.surveys().csat(),
                    r.surveys().ces()));
        }
        b.add(r.surveys().servqual().map(q -> ServqualSection.of("SERVQUAL gaps (perception minus expectation)", q))
                .orElseGet(() -> ServqualSection.noData("SERVQUAL gaps")));
        b.add(IpaGrid.meanCentred(r.surveys().ipa())
                .map(ipa -> ImportancePerformanceSection.of("Importance-performance grid (mean-centred)", ipa,
                        r.surveys().ipa()))
                .orElseGet(() -> ImportancePerformanceSection.noData("Importance-performance grid")));
        if (!r.surveys().kano().isEmpty()) {
            b.add(new KanoSection("Kano classification of features", r.surveys().kano()));
        }
        SimulationResult.Insights insights = r.insights();
        b.add(JourneyTimesSection.of("Where time goes in the journey", insights.journeyTimes(),
                DwellMeasure.WORKING, 10));
        b.bottlenecks(BottleneckSection.of("Where time goes in the feedback workflow", insights.dwellTimes(),
                DwellMeasure.WORKING));
        b.processMap(ProcessMapSection.of("Process map of the feedback cases", insights.processMap(),
                processMapThreshold(insights.processMap().cases())));
        b.recoveryParadox(RecoveryParadoxSection.of("Recovery paradox: NPS and satisfaction by what happened to "
                + "the complaint", insights.recoveryParadox()));
        insights.breachedSlaExample().ifPresent(e -> b.slaExplanation(
                new SlaExplanationSection("Why a sample case breached its SLA", e)));
        return b.build();
    }

    /** Moves taken by fewer than 0.5 % of the cases are left off the map, so that it stays readable. */
    private static long processMapThreshold(long cases) {
        return Math.max(1, cases / 200);
    }

    /**
     * A daily chart with limits from a baseline after the start-up, grouped by week on long runs,
     * with the calendar's closures marked; the chart as measured when its raw data was not kept.
     */
    static ControlChartSection controlChart(Scenario scenario, SimulationResult r, DailyChart c) {
        if (c.samples().isEmpty()) {
            return new ControlChartSection(c.title(), c.chartType(), c.valueLabel(), c.points(), c.violations(),
                    c.days().stream().map(DAY::format).toList());
        }
        List<ControlChartSection.DailySample> days = new java.util.ArrayList<>();
        for (int i = 0; i < c.days().size(); i++) {
            days.add(new ControlChartSection.DailySample(c.days().get(i), c.samples().get(i).size(),
                    c.samples().get(i).total()));
        }
        // A closure is a run of days off that holds a holiday (a weekday the desk is normally open),
        // with the weekend inside it: the National Day week is one closure of seven days.
        java.util.Set<java.time.LocalDate> closed = new java.util.TreeSet<>();
        org.qualityloop.model.calendar.BusinessCalendar calendar = scenario.calendar();
        List<java.time.LocalDate> off = new java.util.ArrayList<>();
        boolean holiday = false;
        for (java.time.LocalDate d = r.run().firstDay(); !d.isAfter(r.run().lastDay().plusDays(1)); d = d.plusDays(1)) {
            if (!d.isAfter(r.run().lastDay()) && !calendar.isWorkingDay(d)) {
                off.add(d);
                holiday |= !calendar.weeklySchedule().getOrDefault(d.getDayOfWeek(), List.of()).isEmpty();
            } else {
                if (holiday) {
                    closed.addAll(off);
                }
                off.clear();
                holiday = false;
            }
        }
        return c.chartType().startsWith("p ") ? ControlChartSection.dailyShares(c.title(), days, closed)
                : ControlChartSection.dailyMeans(c.title(), c.valueLabel(), days, closed);
    }

    private static Optional<BigDecimal> target(Scenario scenario, MeasureKind kind) {
        return scenario.kpis().stream().filter(k -> k.measure().kind() == kind).findFirst()
                .map(ScenarioKpi::definition).map(d -> d.target());
    }

    private static ImprovementSection improvement(Comparison c) {
        List<ImprovementSection.Change> changes = c.changes().stream().map(k -> new ImprovementSection.Change(
                k.kpi(), k.before(), k.after(), test(k.test()),
                k.result().map(t -> OptionalDouble.of(t.pValue())).orElse(OptionalDouble.empty()),
                k.result().isPresent() ? OptionalDouble.of(k.adjustedP()) : OptionalDouble.empty(),
                k.significant(), k.expected())).toList();
        return new ImprovementSection("Improvement: " + c.improvement().name(), c.improvement().description(),
                c.improvement().isPlacebo(), Comparison.ALPHA, changes);
    }

    private static String test(KpiChange.Test t) {
        return switch (t) {
            case TWO_PROPORTION_Z -> "two-proportion z";
            case MANN_WHITNEY_U -> "Mann-Whitney U";
            case WELCH_T -> "Welch t";
        };
    }
}
