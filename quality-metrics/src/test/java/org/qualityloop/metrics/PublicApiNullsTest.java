package org.qualityloop.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.qualityloop.apicheck.PublicApiContract;
import org.qualityloop.metrics.analysis.AttributeChart;
import org.qualityloop.metrics.analysis.BeforeAfter;
import org.qualityloop.metrics.analysis.MannWhitneyTest;
import org.qualityloop.metrics.analysis.TwoProportionTest;
import org.qualityloop.metrics.analysis.WelchTest;
import org.qualityloop.metrics.analysis.ControlCharts;
import org.qualityloop.metrics.analysis.FuzzyEvaluation;
import org.qualityloop.metrics.analysis.FuzzyIndicator;
import org.qualityloop.metrics.analysis.KanoCategory;
import org.qualityloop.metrics.analysis.KanoCoefficients;
import org.qualityloop.metrics.analysis.KanoTally;
import org.qualityloop.metrics.analysis.Pareto;
import org.qualityloop.metrics.analysis.ParetoEntry;
import org.qualityloop.metrics.analysis.ServqualAccumulator;
import org.qualityloop.metrics.analysis.ServqualInstrument;
import org.qualityloop.metrics.analysis.ServqualResult;
import org.qualityloop.metrics.analysis.TestResult;
import org.qualityloop.metrics.analysis.XmrChart;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Severity;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.model.kpi.KpiUnit;
import org.qualityloop.model.kpi.ReviewFrequency;
import org.qualityloop.model.outcome.CaseOutcome;
import org.qualityloop.model.outcome.Closure;

/** The public-API null and equality checks of {@code PublicApiContract} over this module. */
class PublicApiNullsTest extends PublicApiContract {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    /** Samples the generic builder cannot invent: variant 0 and a different variant 1, built afresh on each call. */
    private static Map<Class<?>, IntFunction<?>> samples() {
        Map<Class<?>, IntFunction<?>> r = new HashMap<>();
        r.put(LocalDate.class, v -> LocalDate.of(2026, 3, 2 + v));
        r.put(ZoneId.class, v -> v == 0 ? ZoneOffset.UTC : ZoneId.of("Europe/Paris"));
        r.put(double[].class, v -> new double[] {1.0 + v, 2.0, 4.0});
        r.put(long[].class, v -> new long[] {1L + v, 2L, 3L});
        r.put(Object.class, v -> "category-" + v);
        r.put(OptionalDouble.class, v -> OptionalDouble.of(0.5 + v));
        r.put(Supplier.class, v -> (Supplier<NpsAccumulator>) NpsAccumulator::new);
        r.put(BinaryOperator.class, v -> (BinaryOperator<NpsAccumulator>) NpsAccumulator::merge);
        r.put(KpiDefinition.class, v -> KpiDefinition.builder("kpi-" + v, "KPI " + v).unit(KpiUnit.PERCENT).atLeast("95").atRisk("90").reviewed(ReviewFrequency.WEEKLY).build());
        r.put(CalendarPeriod.class, v -> CalendarPeriod.of(PeriodUnit.values()[0], LocalDate.of(2026, 3, 2 + 7 * v)));
        r.put(CaseOutcome.class, v -> CaseOutcome.builder(CaseId.of("case-" + v), FeedbackId.of("fb-1"), Channel.APP,
                FeedbackCategory.TECHNICAL_ISSUE, Severity.values()[0], T0).resolvedAt(T0.plusSeconds(3600))
                .build(T0.plusSeconds(7200), Closure.CONFIRMED));
        r.put(BacklogAge.class, v -> {
            BacklogAge a = new BacklogAge();
            a.add(Duration.ofDays(1 + 20L * v));
            return a;
        });
        r.put(CaseOutcomeRates.class, v -> {
            CaseOutcomeRates a = new CaseOutcomeRates();
            a.add(true, v == 1);
            return a;
        });
        r.put(CesAccumulator.class, v -> {
            CesAccumulator a = CesAccumulator.of(CesForm.EFFORT_1_TO_5);
            a.add(2 + v);
            return a;
        });
        r.put(CesResult.class, v -> ((CesAccumulator) r.get(CesAccumulator.class).apply(v)).result().orElseThrow());
        r.put(ComplaintRate.class, v -> {
            ComplaintRate a = new ComplaintRate();
            a.addVolume(10L + v);
            return a;
        });
        r.put(CsatAccumulator.class, v -> {
            CsatAccumulator a = CsatAccumulator.oneToFive();
            a.add(3 + v);
            return a;
        });
        r.put(CsatResult.class, v -> ((CsatAccumulator) r.get(CsatAccumulator.class).apply(v)).result().orElseThrow());
        r.put(FirstContactResolution.class, v -> {
            FirstContactResolution a = FirstContactResolution.resolvedAtFirstContact();
            a.addIssue(v == 1);
            return a;
        });
        r.put(HandlingTime.class, v -> {
            HandlingTime a = new HandlingTime();
            a.add(Duration.ofMinutes(5 + v), Duration.ZERO, Duration.ofMinutes(1));
            return a;
        });
        r.put(ImprovementActionExecution.class, v -> {
            ImprovementActionExecution a = new ImprovementActionExecution();
            if (v == 0) {
                a.addCompletedOnTime();
            } else {
                a.addOverdue();
            }
            return a;
        });
        r.put(NpsAccumulator.class, v -> {
            NpsAccumulator a = new NpsAccumulator();
            a.add(9);
            a.add(3 + 4 * v);
            return a;
        });
        r.put(NpsResult.class, v -> ((NpsAccumulator) r.get(NpsAccumulator.class).apply(v)).result().orElseThrow());
        r.put(NpsComparison.class, v -> ((NpsResult) r.get(NpsResult.class).apply(v))
                .comparisonWith((NpsResult) r.get(NpsResult.class).apply(1 - v)));
        r.put(Proportion.class, v -> new Proportion(1, 2 + v, 1.0 / (2 + v)));
        r.put(SlaCompliance.class, v -> {
            SlaCompliance a = new SlaCompliance();
            if (v == 0) {
                a.addMet();
            } else {
                a.addBreached();
            }
            return a;
        });
        r.put(Slices.class, v -> Slices.<String, NpsAccumulator>of(NpsAccumulator::new, NpsAccumulator::merge));
        r.put(TimeDistribution.class, v -> {
            TimeDistribution a = new TimeDistribution();
            a.addMillis(1000L + v);
            return a;
        });
        r.put(KpiScorecard.class, v -> KpiScorecard.of(
                List.of((KpiDefinition) r.get(KpiDefinition.class).apply(v)), Map.of()));
        r.put(KanoTally.class, v -> KanoTally.of(Map.of(KanoCategory.values()[v], 2L)));
        r.put(KanoCoefficients.class, v -> new KanoCoefficients(0.5 + 0.25 * v, -0.5));
        r.put(ServqualInstrument.class, v -> new ServqualInstrument(List.of("tangibles", "reliability"), Set.of(), 1, 7 - v));
        r.put(ServqualAccumulator.class, v -> new ServqualAccumulator(
                (ServqualInstrument) r.get(ServqualInstrument.class).apply(v)));
        r.put(ServqualResult.class, v -> new ServqualResult(1 + v, List.of(0.5, -0.5), Map.of("tangibles", 0.5,
                "reliability", -0.5), 0.0, OptionalDouble.empty(), OptionalDouble.empty()));
        r.put(FuzzyIndicator.class, v -> new FuzzyIndicator.Factor(List.of(0.5 + 0.25 * v, 0.5 - 0.25 * v)));
        r.put(FuzzyIndicator.Factor.class, r.get(FuzzyIndicator.class));
        r.put(FuzzyIndicator.Criterion.class, v -> new FuzzyIndicator.Criterion(List.of(1.0),
                List.of((FuzzyIndicator) r.get(FuzzyIndicator.class).apply(v))));
        r.put(FuzzyEvaluation.class, v -> new FuzzyEvaluation(List.of(0.5 + 0.25 * v, 0.5 - 0.25 * v)));
        r.put(TwoProportionTest.class, v -> BeforeAfter.twoProportions(10 + v, 100, 20, 100).orElseThrow());
        r.put(WelchTest.class, v -> BeforeAfter.welch(new double[] {1.0 + v, 2.0, 4.0}, new double[] {3.0, 5.0})
                .orElseThrow());
        r.put(MannWhitneyTest.class, v -> BeforeAfter.mannWhitney(new double[] {1.0 + 5.5 * v, 2.5, 4.0},
                new double[] {3.0, 5.0}).orElseThrow());
        r.put(TestResult.class, r.get(TwoProportionTest.class));
        r.put(AttributeChart.class, v -> ControlCharts.c(new long[] {1L + v, 2L, 3L}).orElseThrow());
        r.put(XmrChart.class, v -> ControlCharts.xmr(new double[] {1.0 + v, 2.0, 4.0}).orElseThrow());
        r.put(Pareto.class, v -> Pareto.of(Map.of("a", 3L + v, "b", 1L)).orElseThrow());
        r.put(ParetoEntry.class, v -> ((Pareto<?>) r.get(Pareto.class).apply(v)).entries().get(0));
        return r;
    }

    @Override
    protected Class<?> anchor() {
        return NpsAccumulator.class;
    }

    @Override
    protected Map<Class<?>, IntFunction<?>> registry() {
        return samples();
    }
}
