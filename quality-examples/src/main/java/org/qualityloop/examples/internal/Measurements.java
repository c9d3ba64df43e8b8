package org.qualityloop.examples.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.qualityloop.examples.scenario.Measure;
import org.qualityloop.examples.scenario.MeasureKind;
import org.qualityloop.examples.scenario.Scenario;
import org.qualityloop.examples.scenario.ScenarioKpi;
import org.qualityloop.examples.scenario.Statistic;
import org.qualityloop.examples.scenario.Surveys;
import org.qualityloop.examples.simulation.DailyChart;
import org.qualityloop.examples.simulation.KpiSample;
import org.qualityloop.examples.simulation.SimulationResult;
import org.qualityloop.metrics.CalendarPeriod;
import org.qualityloop.metrics.CaseOutcomeRates;
import org.qualityloop.metrics.CesResult;
import org.qualityloop.metrics.ComplaintRate;
import org.qualityloop.metrics.CsatResult;
import org.qualityloop.metrics.FirstContactResolution;
import org.qualityloop.metrics.ImprovementActionExecution;
import org.qualityloop.metrics.TimeDistributionResult;
import org.qualityloop.model.kpi.KpiUnit;
import org.qualityloop.metrics.CesAccumulator;
import org.qualityloop.metrics.CesForm;
import org.qualityloop.metrics.CsatAccumulator;
import org.qualityloop.metrics.KpiScorecard;
import org.qualityloop.metrics.NpsAccumulator;
import org.qualityloop.metrics.NpsResult;
import org.qualityloop.metrics.PeriodUnit;
import org.qualityloop.metrics.Proportion;
import org.qualityloop.metrics.SlaCompliance;
import org.qualityloop.metrics.Slices;
import org.qualityloop.metrics.TimeDistribution;
import org.qualityloop.metrics.analysis.ControlCharts;
import org.qualityloop.metrics.analysis.IpaGrid;
import org.qualityloop.metrics.analysis.IpaPoint;
import org.qualityloop.metrics.analysis.KanoCategory;
import org.qualityloop.metrics.analysis.KanoTally;
import org.qualityloop.metrics.analysis.Pareto;
import org.qualityloop.metrics.analysis.RunRules;
import org.qualityloop.metrics.analysis.ServqualAccumulator;
import org.qualityloop.metrics.analysis.ServqualInstrument;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.KpiId;
import org.qualityloop.model.StageId;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.outcome.CaseOutcome;
import org.qualityloop.model.sla.SlaResult;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.survey.CesResponse;
import org.qualityloop.model.survey.CsatResponse;
import org.qualityloop.model.survey.ImportancePerformance;
import org.qualityloop.model.survey.KanoResponse;
import org.qualityloop.model.survey.ServqualResponse;
import org.qualityloop.model.survey.NpsResponse;

/**
 * Everything a run measures, fed by the simulator as cases, steps, closed feedback cases and
 * survey answers happen, and turned into a {@link SimulationResult} at the end. Not thread-safe.
 */
final class Measurements {

    /**
     * Durations of one kind: the library's {@link TimeDistribution} for the KPI's mean and
     * percentiles, and the values themselves for the Mann–Whitney test of an improvement run.
     */
    static final class Series {
        final DoubleList millis = new DoubleList();
        final TimeDistribution distribution = new TimeDistribution();

        void add(long ms) {
            millis.add(ms);
            distribution.addMillis(ms);
        }
    }

    /** Scores of one kind, for their mean and Welch's test. */
    static final class Scores {
        final DoubleList values = new DoubleList();

        void add(int v) {
            values.add(v);
        }
    }

    private final Scenario scenario;
    private final ZoneId zone;
    private final Map<StageId, Integer> stageIndex;
    private final Map<TouchpointId, Integer> touchpointIndex;

    // service cases
    long cases;
    long casesWithFeedback;
    /** Cases with valid feedback per service case: the library's complaint rate, read per 100. */
    final ComplaintRate complaints = new ComplaintRate();
    final long[] stageReached;
    final long[] stageFailed;
    final long[] stageFeedback;
    final Series[] stageTime;
    final long[] stepUses;
    final long[] stepFailures;
    final long[] stepFeedback;
    final Series[] stepTime;
    final TreeMap<LocalDate, long[]> daily = new TreeMap<>();

    // feedback cases
    long feedbackCases;
    long validClosed;
    long confirmed;
    long unreachable;
    long rejected;
    long reopened;
    long escalated;
    /** Resolution and reopen rates over every closed case, rejected ones included. */
    final CaseOutcomeRates outcomes = new CaseOutcomeRates();
    /** Valid closed cases resolved at the first contact and never reopened, over valid closed cases. */
    final FirstContactResolution firstContact = FirstContactResolution.resolvedAtFirstContact();
    /** Rectifications completed within the resolution target, over the rectifications completed. */
    final ImprovementActionExecution actions = new ImprovementActionExecution();
    final Series firstResponse = new Series();
    final Series resolution = new Series();
    final Map<SlaTarget, SlaCompliance> sla = new TreeMap<>();
    final Map<SlaTarget, Slices<CalendarPeriod, SlaCompliance>> slaWeekly = new TreeMap<>();
    final Map<FeedbackCategory, Long> categories = new TreeMap<>();
    final TreeMap<LocalDate, double[]> dailyResponse = new TreeMap<>();

    // engine
    long commands;
    long rejectedCommands;
    final List<String> rejections = new ArrayList<>();
    long slaWarnings;
    long slaBreaches;
    long escalations;
    long knowledgeEntries;
    double utilisation;

    // surveys
    long respondents;
    final NpsAccumulator nps = new NpsAccumulator();
    final Scores npsCoded = new Scores();
    final Slices<CalendarPeriod, NpsAccumulator> npsWeekly = Slices.of(NpsAccumulator::new, NpsAccumulator::merge);
    final CsatAccumulator csat = CsatAccumulator.oneToFive();
    final Scores csatScores = new Scores();
    final CsatAccumulator[] stageCsat;
    final Scores[] stageCsatScores;
    final CesAccumulator ces = CesAccumulator.of(CesForm.AGREEMENT_1_TO_7);
    final Scores cesScores = new Scores();
    final ServqualAccumulator servqual = new ServqualAccumulator(ServqualInstrument.standard22());
    final Map<String, List<ImportancePerformance>> ipa = new LinkedHashMap<>();
    final Map<String, KanoTally> kano = new LinkedHashMap<>();

    Measurements(Scenario scenario, Map<StageId, Integer> stageIndex, Map<TouchpointId, Integer> touchpointIndex) {
        this.scenario = scenario;
        this.zone = scenario.calendar().zone();
        this.stageIndex = stageIndex;
        this.touchpointIndex = touchpointIndex;
        int stages = stageIndex.size();
        int tps = touchpointIndex.size();
        stageReached = new long[stages];
        stageFailed = new long[stages];
        stageFeedback = new long[stages];
        stageTime = new Series[stages];
        stageCsat = new CsatAccumulator[stages];
        stageCsatScores = new Scores[stages];
        for (int i = 0; i < stages; i++) {
            stageTime[i] = new Series();
            stageCsat[i] = CsatAccumulator.oneToFive();
            stageCsatScores[i] = new Scores();
        }
        stepUses = new long[tps];
        stepFailures = new long[tps];
        stepFeedback = new long[tps];
        stepTime = new Series[tps];
        for (int i = 0; i < tps; i++) {
            stepTime[i] = new Series();
        }
        for (SlaTarget t : targets(scenario)) {
            sla.put(t, new SlaCompliance());
            slaWeekly.put(t, Slices.of(SlaCompliance::new, SlaCompliance::merge));
        }
        for (Surveys.IpaAttribute a : scenario.surveys().ipa()) {
            ipa.put(a.attribute(), new ArrayList<>());
        }
        for (Surveys.KanoFeature f : scenario.surveys().kano()) {
            kano.put(f.feature(), new KanoTally());
        }
    }

    static List<SlaTarget> targets(Scenario scenario) {
        TreeMap<SlaTarget, Boolean> all = new TreeMap<>();
        scenario.slaPolicy().defaults().keySet().forEach(t -> all.put(t, true));
        scenario.slaPolicy().rules().forEach(r -> r.targets().keySet().forEach(t -> all.put(t, true)));
        return List.copyOf(all.keySet());
    }

    // ------------------------------------------------------------------ service cases

    void caseArrived(LocalDate day, boolean withFeedback) {
        cases++;
        complaints.addVolume(1);
        long[] d = daily.computeIfAbsent(day, k -> new long[2]);
        d[0]++;
        if (withFeedback) {
            casesWithFeedback++;
            complaints.addComplaint();
            d[1]++;
        }
    }

    // ------------------------------------------------------------------ feedback cases

    void closed(CaseOutcome o, boolean resolvedAtFirstContact) {
        outcomes.add(o);
        switch (o.closure()) {
            case REJECTED -> {
                rejected++;
                return;
            }
            case CONFIRMED -> confirmed++;
            case UNREACHABLE -> unreachable++;
        }
        validClosed++;
        if (o.wasReopened()) {
            reopened++;
        }
        if (o.escalationCount() > 0) {
            escalated++;
        }
        firstContact.addIssue(resolvedAtFirstContact && !o.wasReopened());
        categories.merge(o.category(), 1L, Long::sum);
        CalendarPeriod week = CalendarPeriod.of(PeriodUnit.ISO_WEEK, o.receivedAt(), zone);
        for (Map.Entry<SlaTarget, SlaCompliance> e : sla.entrySet()) {
            e.getValue().add(o, e.getKey());
            slaWeekly.get(e.getKey()).slice(week).add(o, e.getKey());
        }
        for (SlaResult r : o.sla()) {
            if (r.target().equals(SlaTarget.FIRST_RESPONSE) && r.cycle() == 1) {
                long ms = r.elapsed().toMillis();
                firstResponse.add(ms);
                double[] d = dailyResponse.computeIfAbsent(LocalDate.ofInstant(o.receivedAt(), zone),
                        k -> new double[2]);
                d[0] += ms;
                d[1]++;
            }
        }
        o.resolvedAt().ifPresent(at -> resolution.add(
                scenario.calendar().workingTimeBetween(o.receivedAt(), at).toMillis()));
    }

    void rectified(boolean onTime) {
        if (onTime) {
            actions.addCompletedOnTime();
        } else {
            actions.addCompletedLate();
        }
    }

    void rejectedCommand(String message) {
        rejectedCommands++;
        if (rejections.size() < 5) {
            rejections.add(message);
        }
    }

    // ------------------------------------------------------------------ surveys

    void nps(NpsResponse r) {
        nps.add(r);
        npsCoded.add(r.score() >= 9 ? 100 : r.score() <= 6 ? -100 : 0);
        npsWeekly.slice(CalendarPeriod.of(PeriodUnit.ISO_WEEK, r.context().answeredAt(), zone)).add(r);
    }

    void csat(int stage, CsatResponse r) {
        csat.add(r);
        csatScores.add(r.score());
        stageCsat[stage].add(r);
        stageCsatScores[stage].add(r.score());
    }

    void ces(CesResponse r) {
        ces.add(r);
        cesScores.add(r.score());
    }

    void servqual(List<ServqualResponse> answers) {
        servqual.add(answers);
    }

    void ipa(ImportancePerformance r) {
        ipa.get(r.attribute()).add(r);
    }

    void kano(KanoResponse r) {
        kano.get(r.attribute()).add(r);
    }

    // ------------------------------------------------------------------ the result

    SimulationResult result(long seed, LocalDate firstDay, LocalDate lastDay, long open,
            SimulationResult.Insights insights) {
        Map<KpiId, BigDecimal> values = new LinkedHashMap<>();
        Map<KpiId, KpiSample> samples = new LinkedHashMap<>();
        for (ScenarioKpi k : scenario.kpis()) {
            Optional<Measured> m = measure(k);
            m.ifPresent(v -> {
                values.put(k.definition().id(), v.value);
                samples.put(k.definition().id(), v.sample);
            });
        }
        KpiScorecard scorecard = KpiScorecard.of(scenario.kpis().stream().map(ScenarioKpi::definition).toList(),
                values);
        Map<SlaTarget, Proportion> compliance = new LinkedHashMap<>();
        sla.forEach((t, c) -> c.compliance().ifPresent(p -> compliance.put(t, p)));
        // Trends cover the weeks in which cases arrived; the few answers and cases of the weeks
        // after the last arrival (late feedback, late surveys) would only add noisy points.
        LocalDate lastWeek = CalendarPeriod.of(PeriodUnit.ISO_WEEK, lastDay).start();
        Map<SlaTarget, Map<CalendarPeriod, Proportion>> weekly = new LinkedHashMap<>();
        slaWeekly.forEach((t, slices) -> {
            Map<CalendarPeriod, Proportion> byWeek = new TreeMap<>(java.util.Comparator.comparing(CalendarPeriod::start));
            slices.asMap().forEach((week, c) -> c.compliance().filter(p -> !week.start().isAfter(lastWeek))
                    .ifPresent(p -> byWeek.put(week, p)));
            if (!byWeek.isEmpty()) {
                weekly.put(t, byWeek);
            }
        });
        Map<CalendarPeriod, NpsResult> npsByWeek = new TreeMap<>(java.util.Comparator.comparing(CalendarPeriod::start));
        npsWeekly.asMap().forEach((week, acc) -> acc.result().filter(r -> !week.start().isAfter(lastWeek))
                .ifPresent(r -> npsByWeek.put(week, r)));
        Map<String, IpaPoint> ipaPoints = new LinkedHashMap<>();
        ipa.forEach((a, responses) -> ipaPoints.putAll(IpaGrid.meanPoints(responses)));
        Map<String, Map<KanoCategory, Long>> kanoCounts = new LinkedHashMap<>();
        kano.forEach((f, t) -> {
            Map<KanoCategory, Long> counts = new LinkedHashMap<>();
            for (KanoCategory c : KanoCategory.values()) {
                counts.put(c, t.count(c));
            }
            kanoCounts.put(f, counts);
        });
        SimulationResult.Run run = new SimulationResult.Run(scenario.name(), scenario.title(), seed, cases,
                feedbackCases, firstDay, lastDay, zone);
        SimulationResult.Workflow workflow = new SimulationResult.Workflow(commands, rejectedCommands, rejections,
                slaWarnings, slaBreaches, escalations, confirmed, unreachable, rejected, open, reopened,
                knowledgeEntries, utilisation);
        SimulationResult.SurveyResults surveys = new SimulationResult.SurveyResults(respondents, csat.result(),
                ces.result(), servqual.result(), ipaPoints, kanoCounts);
        return new SimulationResult(run, scorecard, samples, nps.result(), compliance, workflow,
                Pareto.of(categories), charts(lastDay), npsByWeek, weekly, surveys, insights);
    }

    private List<DailyChart> charts(LocalDate lastDay) {
        List<DailyChart> charts = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        List<Long> d = new ArrayList<>();
        List<Long> n = new ArrayList<>();
        List<DailyChart.Sample> pSamples = new ArrayList<>();
        daily.forEach((day, c) -> {
            if (c[0] > 0) {
                days.add(day);
                n.add(c[0]);
                d.add(c[1]);
                pSamples.add(new DailyChart.Sample(c[0], c[1]));
            }
        });
        ControlCharts.p(longs(d), longs(n)).ifPresent(chart -> charts.add(new DailyChart(
                "Daily share of service cases with feedback, by the day the case arrived", "p chart", "proportion",
                days, chart.points(), RunRules.westernElectric(chart.points()), pSamples)));
        List<LocalDate> rdays = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        List<DailyChart.Sample> xSamples = new ArrayList<>();
        dailyResponse.headMap(lastDay, true).forEach((day, v) -> {
            rdays.add(day);
            means.add(v[0] / v[1] / 60_000.0);
            xSamples.add(new DailyChart.Sample((long) v[1], v[0] / 60_000.0));
        });
        ControlCharts.xmr(doubles(means)).ifPresent(chart -> charts.add(new DailyChart(
                "Daily mean first-response time of feedback cases received while cases arrived", "XmR chart (individuals)",
                "working minutes", rdays, chart.individuals(), RunRules.westernElectric(chart.individuals()),
                xSamples)));
        return charts;
    }

    private static long[] longs(List<Long> list) {
        long[] a = new long[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }

    private static double[] doubles(List<Double> list) {
        double[] a = new double[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }

    private record Measured(BigDecimal value, KpiSample sample) {
    }

    /**
     * Measures a KPI. Every kind the library defines is read from its accumulator:
     * {@link CaseOutcomeRates} (resolution and reopen rates), {@link FirstContactResolution},
     * {@link ImprovementActionExecution}, {@link SlaCompliance}, {@link ComplaintRate} (per 100),
     * {@link CsatAccumulator}, {@link CesAccumulator}, {@link NpsAccumulator} and
     * {@link TimeDistribution}. The harness defines two itself, as no library accumulator measures
     * them: the success rate of a stage or step of the simulated journeys, and the escalation rate
     * (valid closed cases escalated at least once); both are plain {@link Proportion}s.
     */
    private Optional<Measured> measure(ScenarioKpi kpi) {
        Measure m = kpi.measure();
        Integer stage = m.stage().map(stageIndex::get).orElse(null);
        Integer tp = m.touchpoint().map(touchpointIndex::get).orElse(null);
        return switch (m.kind()) {
            // harness-defined: no library accumulator counts journey steps
            case SUCCESS_RATE -> stage != null
                    ? rate(proportion(stageReached[stage] - stageFailed[stage], stageReached[stage]))
                    : rate(proportion(stepUses[tp] - stepFailures[tp], stepUses[tp]));
            case STAGE_TIME -> time(stageTime[stage], m.statistic(), kpi);
            case STEP_TIME -> time(stepTime[tp], m.statistic(), kpi);
            case COMPLAINT_RATE -> tp != null ? complaintRate(ComplaintRate.of(stepFeedback[tp], stepUses[tp]))
                    : stage != null ? complaintRate(ComplaintRate.of(stageFeedback[stage], stageReached[stage]))
                    : complaintRate(complaints);
            case CSAT -> stage != null ? scores(stageCsat[stage].result().map(CsatResult::mean), stageCsatScores[stage])
                    : scores(csat.result().map(CsatResult::mean), csatScores);
            case CES -> scores(ces.result().map(CesResult::mean), cesScores);
            case NPS -> nps.result().map(r -> new Measured(scale(r.score(), 1),
                    new KpiSample.Values(MeasureKind.Kind.NPS, npsCoded.values.toArray())));
            case FIRST_RESPONSE_TIME -> time(firstResponse, m.statistic(), kpi);
            case RESOLUTION_TIME -> time(resolution, m.statistic(), kpi);
            case RESOLUTION_RATE -> rate(outcomes.resolutionRate());
            case REOPEN_RATE -> rate(outcomes.reopenRate());
            // harness-defined: no library accumulator counts escalated cases
            case ESCALATION_RATE -> rate(proportion(escalated, validClosed));
            case FIRST_CONTACT_RESOLUTION -> rate(firstContact.rate());
            case SLA_COMPLIANCE -> {
                SlaCompliance c = sla.get(m.target().orElseThrow());
                yield c == null ? Optional.empty() : rate(c.compliance());
            }
            case ACTION_EXECUTION -> rate(actions.executionRate());
        };
    }

    private static Optional<Proportion> proportion(long successes, long trials) {
        return trials <= 0 ? Optional.empty() : Optional.of(Proportion.of(successes, trials));
    }

    private static Optional<Measured> rate(Optional<Proportion> p) {
        return p.map(r -> new Measured(scale(r.percent(), 2), new KpiSample.Rate(r.numerator(), r.denominator())));
    }

    private static Optional<Measured> complaintRate(ComplaintRate c) {
        OptionalDouble percent = c.per(100);
        if (percent.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Measured(scale(percent.getAsDouble(), 2), new KpiSample.Rate(c.complaints(), c.volume())));
    }

    private static Optional<Measured> scores(Optional<Double> mean, Scores s) {
        return mean.map(v -> new Measured(scale(v, 2), new KpiSample.Values(MeasureKind.Kind.SCORE, s.values.toArray())));
    }

    private static Optional<Measured> time(Series s, Statistic statistic, ScenarioKpi kpi) {
        Optional<TimeDistributionResult> result = s.distribution.result();
        if (result.isEmpty()) {
            return Optional.empty();
        }
        TimeDistributionResult r = result.get();
        Duration d = switch (statistic) {
            case MEAN -> r.mean();
            case MEDIAN -> r.p50();
            case P90 -> r.p90();
        };
        return Optional.of(new Measured(inUnit(d, kpi.definition().unit()),
                new KpiSample.Values(MeasureKind.Kind.TIME, s.millis.toArray())));
    }

    /**
     * A duration in a KPI's time unit, rounded half up to two decimals.
     *
     * @param d the duration
     * @param unit a time unit
     * @return the value
     */
    static BigDecimal inUnit(Duration d, KpiUnit unit) {
        long perUnit = switch (unit) {
            case SECONDS -> 1L;
            case MINUTES -> 60L;
            case HOURS -> 3_600L;
            case DAYS -> 86_400L;
            default -> throw new IllegalStateException("not a time unit: " + unit);
        };
        return new BigDecimal(d.toNanos()).divide(BigDecimal.valueOf(perUnit * 1_000_000_000L), 2,
                RoundingMode.HALF_UP);
    }

    private static BigDecimal scale(double v, int places) {
        return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP);
    }
}
