package org.qualityloop.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunRulesTest {

    /** Points on a chart with centre 0, sigma 1 and limits -3 and 3. */
    private static List<ChartPoint> points(double... values) {
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new ChartPoint(i, values[i], 0.0, 1.0, -3.0, 3.0));
        }
        return points;
    }

    private static List<Integer> at(List<RuleViolation> violations, ControlRule rule) {
        return violations.stream().filter(v -> v.rule() == rule).map(RuleViolation::index)
                .toList();
    }

    @Test
    void rule1_strictlyBeyondLimits() {
        List<RuleViolation> we = RunRules.westernElectric(points(3.0, 3.01, -3.2, 0));
        assertThat(at(we, ControlRule.WESTERN_ELECTRIC_1)).containsExactly(1, 2);
        assertThat(at(RunRules.nelson(points(3.0, 3.01, -3.2, 0)), ControlRule.NELSON_1))
                .containsExactly(1, 2);
    }

    @Test
    void twoOfThreeBeyondTwoSigma_sameSide_reportedAtCompletingPoint() {
        assertThat(at(RunRules.westernElectric(points(2.5, 0, 2.1)),
                ControlRule.WESTERN_ELECTRIC_2)).containsExactly(2);
        // 2.0 is on the zone boundary, not beyond; opposite sides do not combine.
        assertThat(at(RunRules.westernElectric(points(2.5, 2.0, 0)),
                ControlRule.WESTERN_ELECTRIC_2)).isEmpty();
        assertThat(at(RunRules.nelson(points(2.5, -2.5, 0)), ControlRule.NELSON_5)).isEmpty();
    }

    @Test
    void fourOfFiveBeyondOneSigma() {
        assertThat(at(RunRules.westernElectric(points(1.5, 1.2, 0.5, 1.1, 1.3)),
                ControlRule.WESTERN_ELECTRIC_3)).containsExactly(4);
        assertThat(at(RunRules.nelson(points(-1.5, -1.2, -0.5, -1.1, -1.3)),
                ControlRule.NELSON_6)).containsExactly(4);
    }

    @Test
    void runsOnOneSide_pointOnCentreBreaksTheRun() {
        double[] ten = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
        assertThat(at(RunRules.westernElectric(points(ten)), ControlRule.WESTERN_ELECTRIC_4))
                .containsExactly(7, 8, 9);
        assertThat(at(RunRules.nelson(points(ten)), ControlRule.NELSON_2))
                .containsExactly(8, 9);
        ten[4] = 0.0;
        assertThat(at(RunRules.westernElectric(points(ten)), ControlRule.WESTERN_ELECTRIC_4))
                .isEmpty();
    }

    @Test
    void sixInATrend_equalValuesBreakIt() {
        assertThat(at(RunRules.nelson(points(0.1, 0.2, 0.3, 0.4, 0.5, 0.6)), ControlRule.NELSON_3))
                .containsExactly(5);
        assertThat(at(RunRules.nelson(points(0.6, 0.5, 0.4, 0.3, 0.2, 0.1)), ControlRule.NELSON_3))
                .containsExactly(5);
        assertThat(at(RunRules.nelson(points(0.1, 0.2, 0.3, 0.3, 0.5, 0.6)), ControlRule.NELSON_3))
                .isEmpty();
    }

    @Test
    void fourteenAlternating_fifteenWithinOneSigma_eightBeyondOneSigma() {
        double[] alternating = new double[15];
        double[] wide = new double[8];
        for (int i = 0; i < alternating.length; i++) {
            alternating[i] = i % 2 == 0 ? 0.5 : -0.5;
        }
        for (int i = 0; i < wide.length; i++) {
            wide[i] = i % 2 == 0 ? 1.5 : -1.5;
        }
        List<RuleViolation> nelson = RunRules.nelson(points(alternating));
        assertThat(at(nelson, ControlRule.NELSON_4)).containsExactly(13, 14);
        assertThat(at(nelson, ControlRule.NELSON_7)).containsExactly(14);
        assertThat(at(RunRules.nelson(points(wide)), ControlRule.NELSON_8)).containsExactly(7);
        assertThat(at(RunRules.nelson(points(wide)), ControlRule.NELSON_7)).isEmpty();
    }

    // XmR example (10, 12, 11, 14, 13): x-bar 12, sigma 1.75 / 1.128 = 1.5514; no point is beyond
    // 1 sigma on a run, so no rule fires; appending 16, 16 (beyond 2 sigma = 15.10) breaks
    // rule 2 at the second of them.
    @Test
    void rulesUseTheChartsOwnSigma() {
        XmrChart stable = ControlCharts.xmr(new double[] {10, 12, 11, 14, 13}).orElseThrow();
        assertThat(RunRules.westernElectric(stable.individuals())).isEmpty();
        List<ChartPoint> shifted = new ArrayList<>(stable.individuals());
        ChartPoint last = shifted.get(4);
        shifted.add(new ChartPoint(5, 16, last.centre(), last.sigma(), last.lowerLimit(),
                last.upperLimit()));
        shifted.add(new ChartPoint(6, 16, last.centre(), last.sigma(), last.lowerLimit(),
                last.upperLimit()));
        assertThat(at(RunRules.westernElectric(shifted), ControlRule.WESTERN_ELECTRIC_2))
                .containsExactly(6);
        assertThat(RunRules.nelson(List.of())).isEmpty();
    }
}
