package org.qualityloop.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.qualityloop.metrics.CalendarPeriod;
import org.qualityloop.metrics.Interval;
import org.qualityloop.metrics.NpsResult;
import org.qualityloop.metrics.PeriodUnit;
import org.qualityloop.metrics.Proportion;
import org.qualityloop.metrics.analysis.ControlRule;
import org.qualityloop.metrics.analysis.IpaGrid;
import org.qualityloop.metrics.analysis.IpaPoint;
import org.qualityloop.metrics.analysis.IpaQuadrant;
import org.qualityloop.metrics.analysis.RuleViolation;
import org.qualityloop.model.sla.SlaTarget;

/** Validation of the section records: messages name the field, the rule and the value. */
class ReportSectionsTest {

    private static final NpsTrendSection.Point POINT = NpsTrendSection.Point.of(NpsResult.of(5, 3, 2));

    @Test
    void title_blank_isRejected() {
        assertThatThrownBy(() -> SummarySection.of(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("title must not be blank");
        assertThatThrownBy(() -> QualityReport.builder("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("title must not be blank");
        assertThatThrownBy(() -> ParetoSection.noData(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("title must not be null");
    }

    @Test
    void npsTrend_inconsistentPeriods_areRejectedNamingTheLabel() {
        assertThatThrownBy(() -> new NpsTrendSection("NPS", List.of("W1", "W1"), Map.of(), OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("periods must be distinct, but 'W1' appeared more than once");
        assertThatThrownBy(() -> new NpsTrendSection("NPS", List.of("W1"), Map.of("W9", POINT), OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("points must only hold labels listed in periods, but had 'W9'");
        assertThatThrownBy(() -> new NpsTrendSection("NPS", List.of("W1", " "), Map.of(), OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("periods[1] must not be blank, but was ' '");
    }

    @Test
    void npsTrend_outOfRangeValues_areRejectedNamingTheField() {
        NpsTrendSection trend = new NpsTrendSection("NPS", List.of("W1"), Map.of("W1", POINT), OptionalDouble.empty());
        assertThatThrownBy(() -> trend.withTarget(120)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target must be between -100 and 100, but was 120.0");
        assertThatThrownBy(() -> new NpsTrendSection.Point(Double.NaN, new Interval(0, 1), 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score must be between -100 and 100, but was NaN");
        assertThatThrownBy(() -> new NpsTrendSection.Point(10, new Interval(0, 1), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("responses must be positive, but was 0");
    }

    @Test
    void npsTrend_ofPeriods_fillsTheGapsAndRejectsMixedUnits() {
        Map<CalendarPeriod, NpsResult> results = new HashMap<>();
        results.put(ReportFixtures.week(3), NpsResult.of(1, 1, 1));
        results.put(ReportFixtures.week(0), NpsResult.of(2, 1, 1));
        NpsTrendSection trend = NpsTrendSection.of("NPS", results);
        assertThat(trend.periods()).containsExactly("2026-W36", "2026-W37", "2026-W38", "2026-W39");
        assertThat(trend.points()).containsOnlyKeys("2026-W36", "2026-W39");

        results.put(CalendarPeriod.of(PeriodUnit.MONTH, LocalDate.of(2026, 12, 1)), NpsResult.of(1, 0, 0));
        assertThatThrownBy(() -> NpsTrendSection.of("NPS", results)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("results must all be periods of one unit, but had ISO_WEEK and MONTH");
    }

    @Test
    void slaTrend_inconsistentSeries_areRejected() {
        SlaTrendSection.Series a = new SlaTrendSection.Series("resolution", Map.of("W1", Proportion.of(1, 2)));
        assertThatThrownBy(() -> new SlaTrendSection("SLA", List.of("W1"), List.of(a, a), OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series must have distinct names, but 'resolution' appeared more than once");
        assertThatThrownBy(() -> new SlaTrendSection("SLA", List.of("W2"), List.of(a), OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series[0].compliance must only hold labels listed in periods, but had 'W1'");
        assertThatThrownBy(() -> new SlaTrendSection("SLA", List.of("W1"), List.of(a), OptionalDouble.of(101)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target must be between 0 and 100, but was 101.0");
        assertThatThrownBy(() -> new SlaTrendSection.Series("", Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be blank");
    }

    @Test
    void slaTrend_ofTargets_keepsTheTargetOrderOfTheMap() {
        Map<SlaTarget, Map<CalendarPeriod, Proportion>> sla = new LinkedHashMap<>();
        sla.put(SlaTarget.RESOLUTION, Map.of(ReportFixtures.week(1), Proportion.of(1, 1)));
        sla.put(SlaTarget.FIRST_RESPONSE, Map.of(ReportFixtures.week(0), Proportion.of(1, 1)));
        SlaTrendSection trend = SlaTrendSection.of("SLA", sla);
        assertThat(trend.series()).extracting(SlaTrendSection.Series::name).containsExactly("resolution", "first response");
        assertThat(trend.periods()).containsExactly("2026-W36", "2026-W37");
    }

    @Test
    void controlChart_inconsistentViolationsOrLabels_areRejected() {
        var chart = ReportFixtures.resolutionHours();
        assertThatThrownBy(() -> ControlChartSection.individuals("XmR", chart,
                List.of(new RuleViolation(40, ControlRule.NELSON_1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("violations[0].index must be the index of a point, but was 40");
        ControlChartSection section = ControlChartSection.individuals("XmR", chart, List.of());
        assertThatThrownBy(() -> section.withLabels(List.of("a", "b", "c")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("labels must be empty or hold one label per slot up to the largest point index (20), but had 3");
        assertThatThrownBy(() -> section.withValueLabel(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("valueLabel must not be blank");
        assertThat(ReportFixtures.xmr().rulesAt(8)).containsExactly(ControlRule.WESTERN_ELECTRIC_1);
        assertThat(ReportFixtures.xmr().rulesAt(0)).isEmpty();
    }

    @Test
    void pareto_unsortedBarsOrBadCutoff_areRejected() {
        ParetoSection.Bar small = new ParetoSection.Bar("small", 5, 0.25, 0.25, true);
        ParetoSection.Bar large = new ParetoSection.Bar("large", 9, 0.45, 0.7, true);
        assertThatThrownBy(() -> new ParetoSection("Pareto", List.of(small, large), 0.8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bars must be sorted by count, largest first, but bars[1] has 9 after 5");
        assertThatThrownBy(() -> new ParetoSection("Pareto", List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cutoff must be greater than 0 and at most 1, but was 0.0");
        assertThatThrownBy(() -> new ParetoSection.Bar("x", 1, 0.5, 0.4, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cumulativeShare must be between 0.5 and 1, but was 0.4");
    }

    @Test
    void importancePerformance_quadrantThatContradictsTheCrosshairs_isRejected() {
        var wrong = new ImportancePerformanceSection.Attribute("Refunds", 4.5, 2.0, IpaQuadrant.LOW_PRIORITY);
        assertThatThrownBy(() -> new ImportancePerformanceSection("IPA", List.of(wrong), 3.0, 3.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attributes[0].quadrant must be CONCENTRATE_HERE for importance 4.5 and performance 2.0 "
                        + "with crosshairs at importance 3.0 and performance 3.0, but was LOW_PRIORITY");
        Map<String, IpaPoint> points = Map.of("a", new IpaPoint(1, 2));
        IpaGrid<String> analysis = IpaGrid.meanCentred(points).orElseThrow();
        assertThatThrownBy(() -> ImportancePerformanceSection.of("IPA", analysis, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("points must hold every attribute of the analysis, but had none for 'a'");
    }

    @Test
    void servqual_nonFiniteGap_isRejectedNamingTheDimension() {
        assertThatThrownBy(() -> new ServqualSection("Gaps", Map.of("Tangibles", Double.NaN), OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimensionGaps[Tangibles] must be a finite number, but was NaN");
    }

    @Test
    void summary_repeatedKey_isRejectedNamingTheKeyAndItsValue() {
        SummarySection summary = SummarySection.of("Run").with("seed", 42);
        assertThatThrownBy(() -> summary.with("seed", 7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key must not already be present, but 'seed' was already set to '42'");
        assertThat(summary.with("cases", 3).entries()).containsExactly(Map.entry("seed", "42"), Map.entry("cases", "3"));
        assertThat(summary.entries()).containsOnlyKeys("seed");
    }

    @Test
    void builder_subtitleSetTwice_isAnIllegalState() {
        QualityReport.Builder builder = QualityReport.builder("Report").subtitle("one");
        assertThatThrownBy(() -> builder.subtitle("two")).isInstanceOf(IllegalStateException.class)
                .hasMessage("subtitle was already set to 'one'");
    }

    @Test
    void sections_copyTheirInputs() {
        List<String> periods = new ArrayList<>(List.of("W1", "W2"));
        Map<String, NpsTrendSection.Point> points = new LinkedHashMap<>(Map.of("W1", POINT));
        NpsTrendSection trend = new NpsTrendSection("NPS", periods, points, OptionalDouble.empty());
        periods.add("W3");
        points.put("W2", POINT);
        assertThat(trend.periods()).containsExactly("W1", "W2");
        assertThat(trend.points()).containsOnlyKeys("W1");
        assertThatThrownBy(() -> trend.periods().add("W4")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> trend.points().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void publicTypes_areFinalWithPrivateFinalFields() {
        List<Class<?>> types = List.of(QualityReport.class, NpsTrendSection.class, NpsTrendSection.Point.class,
                SlaTrendSection.class, SlaTrendSection.Series.class, ControlChartSection.class, ParetoSection.class,
                ParetoSection.Bar.class, ServqualSection.class, ImportancePerformanceSection.class,
                ImportancePerformanceSection.Attribute.class, ScorecardSection.class, SummarySection.class);
        for (Class<?> type : types) {
            assertThat(Modifier.isFinal(type.getModifiers())).as("%s is final", type.getSimpleName()).isTrue();
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    assertThat(Modifier.isPrivate(field.getModifiers()) && Modifier.isFinal(field.getModifiers()))
                            .as("%s.%s is private final", type.getSimpleName(), field.getName()).isTrue();
                }
            }
        }
        assertThat(ReportSection.class.isSealed()).isTrue();
    }
}
