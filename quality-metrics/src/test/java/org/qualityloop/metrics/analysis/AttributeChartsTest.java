package org.qualityloop.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AttributeChartsTest {

    // NIST/SEMATECH e-Handbook of Statistical Methods, 6.3.3.2 "Proportions control charts",
    // wafer example: 30 wafers of 50 chips, p-bar = 0.2313, UCL = 0.4102, LCL = 0.0524. The
    // limits depend only on the totals (347 misregistrations in 1,500 chips, 347 / 1500 =
    // 0.23133), so this test spreads 347 over 30 wafers.
    @Test
    void p_nistWaferExample_limits() {
        long[] defects = new long[30];
        long[] sizes = new long[30];
        Arrays.fill(sizes, 50);
        for (int i = 0; i < 30; i++) {
            defects[i] = i < 17 ? 12 : 11;
        }
        AttributeChart chart = AttributeCharts.p(defects, sizes).orElseThrow();
        assertThat(chart.type()).isEqualTo(AttributeChartType.P);
        assertThat(chart.centre()).isCloseTo(0.2313, within(5e-5));
        ChartPoint first = chart.points().get(0);
        assertThat(first.upperLimit()).isCloseTo(0.4102, within(5e-5));
        assertThat(first.lowerLimit()).isCloseTo(0.0524, within(5e-5));
        assertThat(chart.beyondLimits()).isEmpty();
    }

    // An Introduction to Business Statistics, Example 16.6: ten samples of 200 items with
    // 40, 44, 22, 34, 24, 32, 28, 32, 34, 30 defectives: p-bar = 0.16, UCL = 0.2378,
    // LCL = 0.0822, all points within the limits.
    @Test
    void p_textbookExample_limitsAndNoSignal() {
        long[] defects = {40, 44, 22, 34, 24, 32, 28, 32, 34, 30};
        long[] sizes = new long[10];
        Arrays.fill(sizes, 200);
        AttributeChart chart = AttributeCharts.p(defects, sizes).orElseThrow();
        assertThat(chart.centre()).isCloseTo(0.16, within(1e-12));
        assertThat(chart.points().get(0).upperLimit()).isCloseTo(0.2378, within(5e-5));
        assertThat(chart.points().get(0).lowerLimit()).isCloseTo(0.0822, within(5e-5));
        assertThat(chart.beyondLimits()).isEmpty();
    }

    // Montgomery, Introduction to Statistical Quality Control, exercise 6-1 solution: 20 samples
    // of 100 with 117 nonconforming in all: p-bar = 0.0585, UCL = 0.1289, LCL = 0.0585 - 0.0704
    // < 0, truncated to 0. The counts below reproduce the total with sample 12 at 15 (0.15).
    @Test
    void p_lowerLimitTruncatedAtZero_andPointBeyondUpperLimitReported() {
        long[] defects = {5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 15, 5, 6, 5, 6, 5, 6, 5, 4};
        assertThat(Arrays.stream(defects).sum()).isEqualTo(117);
        long[] sizes = new long[20];
        Arrays.fill(sizes, 100);
        AttributeChart chart = AttributeCharts.p(defects, sizes).orElseThrow();
        assertThat(chart.centre()).isCloseTo(0.0585, within(1e-12));
        assertThat(chart.points().get(0).upperLimit()).isCloseTo(0.1289, within(5e-5));
        assertThat(chart.points().get(0).lowerLimit()).isZero();
        assertThat(chart.beyondLimits()).extracting(ChartPoint::index).containsExactly(11);
    }

    // Variable sample sizes: p-bar = (10 + 30) / (100 + 400) = 0.08; sigma for n = 100 is
    // sqrt(0.08 * 0.92 / 100) = 0.027129, for n = 400 it is 0.013565: each sample its own limits.
    @Test
    void p_variableSampleSizes_getTheirOwnLimits() {
        AttributeChart chart = AttributeCharts.p(new long[] {10, 30}, new long[] {100, 400})
                .orElseThrow();
        assertThat(chart.points().get(0).upperLimit()).isCloseTo(0.08 + 3 * 0.0271293,
                within(1e-6));
        assertThat(chart.points().get(1).upperLimit()).isCloseTo(0.08 + 3 * 0.0135647,
                within(1e-6));
    }

    // np chart, 50 lots of 200 wafers (RPubs "np control chart" with R's qcc package):
    // p-bar = 0.0357, centre n p-bar = 7.14, UCL = 15.01184, LCL = 0.
    @Test
    void np_publishedExample_limits() {
        long[] defects = {8, 7, 11, 3, 6, 11, 4, 4, 5, 8, 8, 6, 7, 6, 10, 7, 9, 5, 6, 8,
            8, 10, 4, 11, 4, 11, 6, 6, 9, 5, 4, 7, 5, 7, 8, 5, 10, 9, 7, 9,
            4, 9, 4, 7, 11, 8, 10, 8, 7, 5};
        AttributeChart chart = AttributeCharts.np(defects, 200).orElseThrow();
        assertThat(chart.centre()).isCloseTo(7.14, within(1e-9));
        assertThat(chart.points().get(0).upperLimit()).isCloseTo(15.01184, within(5e-6));
        assertThat(chart.points().get(0).lowerLimit()).isZero();
        assertThat(chart.beyondLimits()).isEmpty();
    }

    // c chart: counts 10, 2, 2, 2 -> c-bar = 4, sigma = 2, UCL = 10, LCL = 4 - 6 -> 0. The
    // point exactly on the UCL is within the limits (documented edge rule).
    @Test
    void c_pointExactlyOnLimit_isNotBeyond() {
        AttributeChart chart = AttributeCharts.c(new long[] {10, 2, 2, 2}).orElseThrow();
        assertThat(chart.centre()).isEqualTo(4.0);
        assertThat(chart.points().get(0).upperLimit()).isEqualTo(10.0);
        assertThat(chart.points().get(0).lowerLimit()).isZero();
        assertThat(chart.beyondLimits()).isEmpty();
        // Just above: 11, 2, 2, 1 has the same c-bar and limits, and 11 > 10 signals.
        assertThat(AttributeCharts.c(new long[] {11, 2, 2, 1}).orElseThrow().beyondLimits())
                .extracting(ChartPoint::index).containsExactly(0);
        assertThat(AttributeCharts.c(new long[] {12, 1, 1, 1, 0}).orElseThrow().beyondLimits())
                .extracting(ChartPoint::index).containsExactly(0);
    }

    // u chart: 6 complaints over 2 (thousand orders) and 18 over 4: u-bar = 24 / 6 = 4;
    // limits 4 +/- 3 sqrt(4 / a): a = 2 -> [0, 8.2426], a = 4 -> [1, 7].
    @Test
    void u_variableOpportunity_limits() {
        AttributeChart chart = AttributeCharts.u(new long[] {6, 18}, new double[] {2.0, 4.0})
                .orElseThrow();
        assertThat(chart.centre()).isEqualTo(4.0);
        assertThat(chart.points().get(0).lowerLimit()).isZero();
        assertThat(chart.points().get(0).upperLimit()).isCloseTo(8.242641, within(1e-6));
        assertThat(chart.points().get(1).lowerLimit()).isCloseTo(1.0, within(1e-12));
        assertThat(chart.points().get(1).upperLimit()).isCloseTo(7.0, within(1e-12));
    }

    @Test
    void noSamples_giveEmptyResults() {
        assertThat(AttributeCharts.p(new long[0], new long[0])).isEmpty();
        assertThat(AttributeCharts.np(new long[0], 10)).isEmpty();
        assertThat(AttributeCharts.c(new long[0])).isEmpty();
        assertThat(AttributeCharts.u(new long[0], new double[0])).isEmpty();
    }

    @Test
    void badInput_isRejectedNamingTheValue() {
        assertThatThrownBy(() -> AttributeCharts.p(new long[] {3, 51}, new long[] {50, 50}))
                .hasMessage("nonconforming[1] must be between 0 and 50, but was 51");
        assertThatThrownBy(() -> AttributeCharts.p(new long[] {3}, new long[] {50, 50}))
                .hasMessage("sampleSizes must have 1 entries, one per sample, but had 2");
        assertThatThrownBy(() -> AttributeCharts.c(new long[] {1, -2}))
                .hasMessage("counts[1] must not be negative, but was -2");
        assertThatThrownBy(() -> AttributeCharts.u(new long[] {1}, new double[] {0.0}))
                .hasMessage("opportunities[0] must be positive, but was 0.0");
    }
}
