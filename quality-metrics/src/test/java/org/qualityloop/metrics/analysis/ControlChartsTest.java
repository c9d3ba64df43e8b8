package org.qualityloop.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ControlChartsTest {

    // NIST/SEMATECH e-Handbook of Statistical Methods, 6.3.3.2 "Proportions control charts",
    // wafer example: 30 wafers of 50 chips, misregistrations per wafer as published (sample
    // proportions .24 .30 .16 .20 .08 .14 .32 .18 .28 .20 .10 .12 .34 .24 .44 .16 .20 .10 .26 .22
    // .40 .36 .48 .30 .18 .24 .14 .26 .18 .12), 347 in all: p-bar = 347 / 1500 = 0.2313,
    // UCL = 0.2313 + 3 sqrt(0.2313 * 0.7687 / 50) = 0.4102, LCL = 0.0524 (the handbook's figures).
    // The same 30 counts are Montgomery's orange-juice-can example (Introduction to Statistical
    // Quality Control, ch. 7), where samples 15 (0.44) and 23 (0.48) plot above the UCL.
    @Test
    void p_nistWaferExample_limits() {
        long[] defects = {12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11,
            20, 18, 24, 15, 9, 12, 7, 13, 9, 6};
        long[] sizes = new long[30];
        Arrays.fill(sizes, 50);
        assertThat(Arrays.stream(defects).sum()).isEqualTo(347);
        AttributeChart chart = ControlCharts.p(defects, sizes).orElseThrow();
        assertThat(chart.type()).isEqualTo(AttributeChartType.P);
        assertThat(chart.centre()).isCloseTo(0.2313, within(5e-5));
        ChartPoint first = chart.points().get(0);
        assertThat(first.upperLimit()).isCloseTo(0.4102, within(5e-5));
        assertThat(first.lowerLimit()).isCloseTo(0.0524, within(5e-5));
        assertThat(first.value()).isCloseTo(0.24, within(1e-12));
        assertThat(chart.beyondLimits()).extracting(ChartPoint::index).containsExactly(14, 22);
    }

    // NIST/SEMATECH e-Handbook, 6.3.3.1 "Counts control charts", wafer defects example: 25
    // wafers with 16 14 28 16 12 20 10 12 10 17 19 17 14 16 15 13 14 16 11 20 11 19 16 31 13
    // defects; c-bar = 400 / 25 = 16, UCL = 16 + 3 sqrt(16) = 28, LCL = 16 - 12 = 4 (the
    // handbook's figures). Wafer 24 (31) lies above the UCL; wafer 3 (28) lies exactly on it and
    // is within the limits by the documented edge rule.
    @Test
    void c_nistWaferDefectsExample_limits() {
        long[] defects = {16, 14, 28, 16, 12, 20, 10, 12, 10, 17, 19, 17, 14, 16, 15, 13, 14, 16,
            11, 20, 11, 19, 16, 31, 13};
        AttributeChart chart = ControlCharts.c(defects).orElseThrow();
        assertThat(chart.type()).isEqualTo(AttributeChartType.C);
        assertThat(chart.centre()).isEqualTo(16.0);
        assertThat(chart.points().get(0).upperLimit()).isEqualTo(28.0);
        assertThat(chart.points().get(0).lowerLimit()).isEqualTo(4.0);
        assertThat(chart.points().get(2).value()).isEqualTo(chart.points().get(2).upperLimit());
        assertThat(chart.beyondLimits()).extracting(ChartPoint::index).containsExactly(23);
    }

    // An Introduction to Business Statistics, Example 16.6: ten samples of 200 items with
    // 40, 44, 22, 34, 24, 32, 28, 32, 34, 30 defectives: p-bar = 0.16, UCL = 0.2378,
    // LCL = 0.0822, all points within the limits.
    @Test
    void p_textbookExample_limitsAndNoSignal() {
        long[] defects = {40, 44, 22, 34, 24, 32, 28, 32, 34, 30};
        long[] sizes = new long[10];
        Arrays.fill(sizes, 200);
        AttributeChart chart = ControlCharts.p(defects, sizes).orElseThrow();
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
        AttributeChart chart = ControlCharts.p(defects, sizes).orElseThrow();
        assertThat(chart.centre()).isCloseTo(0.0585, within(1e-12));
        assertThat(chart.points().get(0).upperLimit()).isCloseTo(0.1289, within(5e-5));
        assertThat(chart.points().get(0).lowerLimit()).isZero();
        assertThat(chart.beyondLimits()).extracting(ChartPoint::index).containsExactly(11);
    }

    // Variable sample sizes: p-bar = (10 + 30) / (100 + 400) = 0.08; sigma for n = 100 is
    // sqrt(0.08 * 0.92 / 100) = 0.027129, for n = 400 it is 0.013565: each sample its own limits.
    @Test
    void p_variableSampleSizes_getTheirOwnLimits() {
        AttributeChart chart = ControlCharts.p(new long[] {10, 30}, new long[] {100, 400})
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
        AttributeChart chart = ControlCharts.np(defects, 200).orElseThrow();
        assertThat(chart.centre()).isCloseTo(7.14, within(1e-9));
        assertThat(chart.points().get(0).upperLimit()).isCloseTo(15.01184, within(5e-6));
        assertThat(chart.points().get(0).lowerLimit()).isZero();
        assertThat(chart.beyondLimits()).isEmpty();
    }

    // c chart: counts 10, 2, 2, 2 -> c-bar = 4, sigma = 2, UCL = 10, LCL = 4 - 6 -> 0. The
    // point exactly on the UCL is within the limits (documented edge rule).
    @Test
    void c_pointExactlyOnLimit_isNotBeyond() {
        AttributeChart chart = ControlCharts.c(new long[] {10, 2, 2, 2}).orElseThrow();
        assertThat(chart.centre()).isEqualTo(4.0);
        assertThat(chart.points().get(0).upperLimit()).isEqualTo(10.0);
        assertThat(chart.points().get(0).lowerLimit()).isZero();
        assertThat(chart.beyondLimits()).isEmpty();
        // Just above: 11, 2, 2, 1 has the same c-bar and limits, and 11 > 10 signals.
        assertThat(ControlCharts.c(new long[] {11, 2, 2, 1}).orElseThrow().beyondLimits())
                .extracting(ChartPoint::index).containsExactly(0);
        assertThat(ControlCharts.c(new long[] {12, 1, 1, 1, 0}).orElseThrow().beyondLimits())
                .extracting(ChartPoint::index).containsExactly(0);
    }

    // u chart: 6 complaints over 2 (thousand orders) and 18 over 4: u-bar = 24 / 6 = 4;
    // limits 4 +/- 3 sqrt(4 / a): a = 2 -> [0, 8.2426], a = 4 -> [1, 7].
    @Test
    void u_variableOpportunity_limits() {
        AttributeChart chart = ControlCharts.u(new long[] {6, 18}, new double[] {2.0, 4.0})
                .orElseThrow();
        assertThat(chart.centre()).isEqualTo(4.0);
        assertThat(chart.points().get(0).lowerLimit()).isZero();
        assertThat(chart.points().get(0).upperLimit()).isCloseTo(8.242641, within(1e-6));
        assertThat(chart.points().get(1).lowerLimit()).isCloseTo(1.0, within(1e-12));
        assertThat(chart.points().get(1).upperLimit()).isCloseTo(7.0, within(1e-12));
    }

    // Montgomery, Introduction to Statistical Quality Control, u chart for nonconformities in 20
    // samples of five personal computers: 10 12 8 14 10 16 11 7 10 15 9 5 7 11 12 6 8 10 7 5
    // nonconformities, 193 in 100 units: u-bar = 1.93, UCL = 1.93 + 3 sqrt(1.93 / 5) = 3.79,
    // LCL = 0.07 (the book's figures); the process is in control.
    @Test
    void u_montgomeryPersonalComputerExample_limits() {
        long[] counts = {10, 12, 8, 14, 10, 16, 11, 7, 10, 15, 9, 5, 7, 11, 12, 6, 8, 10, 7, 5};
        double[] units = new double[20];
        Arrays.fill(units, 5.0);
        AttributeChart chart = ControlCharts.u(counts, units).orElseThrow();
        assertThat(chart.centre()).isCloseTo(1.93, within(1e-12));
        assertThat(chart.points().get(0).upperLimit()).isCloseTo(3.79, within(0.005));
        assertThat(chart.points().get(0).lowerLimit()).isCloseTo(0.07, within(0.005));
        assertThat(chart.points().get(0).value()).isCloseTo(2.0, within(1e-12));
        assertThat(chart.beyondLimits()).isEmpty();
    }

    @Test
    void noSamples_giveEmptyResults() {
        assertThat(ControlCharts.p(new long[0], new long[0])).isEmpty();
        assertThat(ControlCharts.np(new long[0], 10)).isEmpty();
        assertThat(ControlCharts.c(new long[0])).isEmpty();
        assertThat(ControlCharts.u(new long[0], new double[0])).isEmpty();
    }

    @Test
    void badInput_isRejectedNamingTheValue() {
        assertThatThrownBy(() -> ControlCharts.p(new long[] {3, 51}, new long[] {50, 50}))
                .hasMessage("nonconforming[1] must be between 0 and 50, but was 51");
        assertThatThrownBy(() -> ControlCharts.p(new long[] {3}, new long[] {50, 50}))
                .hasMessage("sampleSizes must have 1 entries, one per sample, but had 2");
        assertThatThrownBy(() -> ControlCharts.c(new long[] {1, -2}))
                .hasMessage("counts[1] must not be negative, but was -2");
        assertThatThrownBy(() -> ControlCharts.u(new long[] {1}, new double[] {0.0}))
                .hasMessage("opportunities[0] must be positive, but was 0.0");
    }

    // Laney p-prime (Laney 2002; formulas as in Minitab's "Methods and formulas for Laney P'
    // Chart": z-scores of the proportions, sigma_z = mean moving range of z / d2, limits
    // p-bar +/- 3 sigma_i sigma_z, LCL at least 0, UCL at most 1). No published data set with
    // its limits is at hand, so the numbers are derived by hand and recomputed independently
    // (python3 from the same formulas). Five samples of 100,000 with 5,000, 5,600, 4,700, 5,300, 4,400
    // nonconforming. p-bar = 0.05, sigma_i = sqrt(0.05 * 0.95 / 100000) = 0.00068920; the
    // p chart's limits 0.05 +/- 0.0020676 flag every point but the first. Standardised
    // z = 0, 8.706, -4.353, 4.353, -8.706; mean moving range 10.882, sigma_z = 10.882 / d2 with
    // the exact d2 = 2/sqrt(pi) = 1.1283792: 9.6440; p-prime limits 0.05 +/- 3 * 0.00068920 *
    // 9.6440 = [0.030060, 0.069940]: no signal (with the tables' 1.128: [0.030053, 0.069947]).
    @Test
    void laneyP_widensLimitsForOverdispersedLargeSamples() {
        long[] defects = {5000, 5600, 4700, 5300, 4400};
        long[] sizes = {100_000, 100_000, 100_000, 100_000, 100_000};
        assertThat(ControlCharts.p(defects, sizes).orElseThrow().beyondLimits())
                .extracting(ChartPoint::index).containsExactly(1, 2, 3, 4);
        AttributeChart laney = ControlCharts.laneyP(defects, sizes).orElseThrow();
        assertThat(laney.type()).isEqualTo(AttributeChartType.P_PRIME);
        assertThat(laney.points().get(0).lowerLimit()).isCloseTo(0.0300599, within(1e-6));
        assertThat(laney.points().get(0).upperLimit()).isCloseTo(0.0699401, within(1e-6));
        assertThat(laney.beyondLimits()).isEmpty();
    }

    // Laney u-prime with equal opportunities reduces to the same construction on u: counts
    // 50, 56, 47, 53, 44 over 10 units each: u-bar = 5, sigma_i = sqrt(5 / 10) = 0.70711,
    // z = 0, 0.8485, -0.4243, 0.4243, -0.8485; mean moving range 1.0607, sigma_z = 1.0607 / d2
    // = 0.94002; limits 5 +/- 3 * 0.70711 * 0.94002 = [3.00599, 6.99401].
    @Test
    void laneyU_limits() {
        AttributeChart laney = ControlCharts.laneyU(new long[] {50, 56, 47, 53, 44},
                new double[] {10, 10, 10, 10, 10}).orElseThrow();
        assertThat(laney.type()).isEqualTo(AttributeChartType.U_PRIME);
        assertThat(laney.points().get(0).lowerLimit()).isCloseTo(3.00599, within(1e-5));
        assertThat(laney.points().get(0).upperLimit()).isCloseTo(6.99401, within(1e-5));
    }

    @Test
    void laney_tooLittleData_isEmpty() {
        assertThat(ControlCharts.laneyP(new long[] {5}, new long[] {100})).isEmpty();
        assertThat(ControlCharts.laneyP(new long[] {0, 0}, new long[] {100, 100})).isEmpty();
        assertThat(ControlCharts.laneyU(new long[] {0, 0}, new double[] {1, 1})).isEmpty();
    }

    // NIST/SEMATECH e-Handbook, 6.3.2.2 "Individuals control charts", example of ten batches:
    // 49.6 47.6 49.9 51.3 47.8 51.2 52.6 52.4 53.6 52.1. The handbook's figures: x-bar = 50.81,
    // MR-bar = 1.8778, UCL = 50.81 + 3 (1.8778 / 1.128) = 55.8041, LCL = 45.8159; moving-range
    // chart UCL = 3.267 (1.8778) = 6.1347, LCL = 0. No point is beyond its limits. With the exact
    // d2 = 2/sqrt(pi) = 1.1283792 and D4 = 3.2665319 the limits are 55.802412, 45.817588 and
    // 6.133821, within 0.002 of the handbook's.
    @Test
    void xmr_nistBatchExample_limits() {
        XmrChart chart = ControlCharts.xmr(new double[] {49.6, 47.6, 49.9, 51.3, 47.8, 51.2,
            52.6, 52.4, 53.6, 52.1}).orElseThrow();
        assertThat(chart.mean()).isCloseTo(50.81, within(1e-9));
        assertThat(chart.averageMovingRange()).isCloseTo(1.8778, within(5e-5));
        assertThat(chart.individuals().get(0).upperLimit()).isCloseTo(55.8041, within(0.002));
        assertThat(chart.individuals().get(0).lowerLimit()).isCloseTo(45.8159, within(0.002));
        assertThat(chart.movingRanges().get(0).upperLimit()).isCloseTo(6.1347, within(0.002));
        assertThat(chart.individuals().get(0).upperLimit()).isCloseTo(55.802412, within(1e-6));
        assertThat(chart.individuals().get(0).lowerLimit()).isCloseTo(45.817588, within(1e-6));
        assertThat(chart.movingRanges().get(0).upperLimit()).isCloseTo(6.133821, within(1e-6));
        assertThat(chart.movingRanges().get(0).lowerLimit()).isZero();
        assertThat(chart.individuals()).noneMatch(ChartPoint::beyondLimits);
        assertThat(chart.movingRanges()).noneMatch(ChartPoint::beyondLimits);
    }

    // XmR: 10, 12, 11, 14, 13: x-bar = 12; moving ranges 2, 1, 3, 1, MR-bar = 1.75;
    // individuals limits 12 +/- 3 * 1.75 / d2 = [7.347309, 16.652691]; mR UCL =
    // D4 * 1.75 = 5.716431, with the exact d2 = 2/sqrt(pi) and D4 = 1 + 3 sqrt(pi/2 - 1) for
    // n = 2 (the tables' 1.128 and 3.267 would give 7.345745, 16.654255 and 5.71725).
    @Test
    void xmr_limits() {
        XmrChart chart = ControlCharts.xmr(new double[] {10, 12, 11, 14, 13}).orElseThrow();
        assertThat(chart.mean()).isEqualTo(12.0);
        assertThat(chart.averageMovingRange()).isEqualTo(1.75);
        assertThat(chart.individuals().get(0).lowerLimit()).isCloseTo(7.347309, within(1e-6));
        assertThat(chart.individuals().get(0).upperLimit()).isCloseTo(16.652691, within(1e-6));
        assertThat(chart.movingRanges()).hasSize(4);
        assertThat(chart.movingRanges().get(0).index()).isEqualTo(1);
        assertThat(chart.movingRanges().get(0).upperLimit()).isCloseTo(5.716431, within(1e-6));
        assertThat(chart.movingRanges().get(0).lowerLimit()).isZero();
    }

    @Test
    void xmr_allowsNegativeValuesAndNeedsTwoPoints() {
        XmrChart chart = ControlCharts.xmr(new double[] {-3, -1, -2, 20}).orElseThrow();
        assertThat(chart.individuals().get(0).lowerLimit()).isNegative();
        assertThat(ControlCharts.xmr(new double[] {1})).isEmpty();
        assertThatThrownBy(() -> ControlCharts.xmr(new double[] {1, Double.NaN}))
                .hasMessage("values[1] must be a finite number, but was NaN");
    }

    // p chart with a constant sample size: the wafer example's 30 counts over samples of 50, the
    // same chart as with an array of sizes.
    @Test
    void p_constantSampleSize_isThePChartWithEqualSizes() {
        long[] defects = {12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11, 20, 18,
            24, 15, 9, 12, 7, 13, 9, 6};
        long[] sizes = new long[defects.length];
        Arrays.fill(sizes, 50);
        assertThat(ControlCharts.p(defects, 50)).isEqualTo(ControlCharts.p(defects, sizes));
        assertThat(ControlCharts.p(defects, 50).orElseThrow().points().get(0).upperLimit())
                .isCloseTo(0.4102, within(5e-5));
        assertThat(ControlCharts.p(new long[0], 50)).isEmpty();
        assertThatThrownBy(() -> ControlCharts.p(new long[] {1}, 0))
                .hasMessage("sampleSize must be positive, but was 0");
    }

    // Phase II, standards given (Montgomery, Introduction to Statistical Quality Control,
    // "standard values given"), by hand: p = 0.1 with n = 100 gives sigma 0.03 and limits
    // [0.01, 0.19], with n = 400 sigma 0.015 and [0.055, 0.145]; np with n = 100: centre 10,
    // sigma 3, [1, 19]; c = 16: [4, 28]; u = 2 per unit: a = 2 gives sigma 1 and [0, 5], a = 8
    // sigma 0.5 and [0.5, 3.5]. The limits do not move with the data charted.
    @Test
    void attributeCharts_withStandard_limitsFromTheStandard() {
        AttributeChart p = ControlCharts.pWithStandard(new long[] {5, 80}, new long[] {100, 400}, 0.1)
                .orElseThrow();
        assertThat(p.centre()).isEqualTo(0.1);
        assertThat(p.points().get(0).lowerLimit()).isCloseTo(0.01, within(1e-12));
        assertThat(p.points().get(0).upperLimit()).isCloseTo(0.19, within(1e-12));
        assertThat(p.points().get(1).lowerLimit()).isCloseTo(0.055, within(1e-12));
        assertThat(p.points().get(1).upperLimit()).isCloseTo(0.145, within(1e-12));
        assertThat(p.beyondLimits()).extracting(ChartPoint::index).containsExactly(1);
        assertThat(ControlCharts.pWithStandard(new long[] {5, 80}, 400, 0.1).orElseThrow().points().get(0)
                .upperLimit()).isCloseTo(0.145, within(1e-12));
        AttributeChart np = ControlCharts.npWithStandard(new long[] {10, 25}, 100, 0.1).orElseThrow();
        assertThat(np.centre()).isCloseTo(10.0, within(1e-12));
        assertThat(np.points().get(0).lowerLimit()).isCloseTo(1.0, within(1e-12));
        assertThat(np.points().get(0).upperLimit()).isCloseTo(19.0, within(1e-12));
        assertThat(np.beyondLimits()).extracting(ChartPoint::index).containsExactly(1);
        AttributeChart c = ControlCharts.cWithStandard(new long[] {3, 16, 29}, 16).orElseThrow();
        assertThat(c.points().get(0).lowerLimit()).isEqualTo(4.0);
        assertThat(c.points().get(0).upperLimit()).isEqualTo(28.0);
        assertThat(c.beyondLimits()).extracting(ChartPoint::index).containsExactly(0, 2);
        AttributeChart u = ControlCharts.uWithStandard(new long[] {4, 30}, new double[] {2, 8}, 2.0)
                .orElseThrow();
        assertThat(u.points().get(0).lowerLimit()).isZero();
        assertThat(u.points().get(0).upperLimit()).isCloseTo(5.0, within(1e-12));
        assertThat(u.points().get(1).lowerLimit()).isCloseTo(0.5, within(1e-12));
        assertThat(u.points().get(1).upperLimit()).isCloseTo(3.5, within(1e-12));
        assertThat(u.beyondLimits()).extracting(ChartPoint::index).containsExactly(1);
    }

    @Test
    void attributeCharts_withStandard_badStandardOrNoSamples() {
        assertThatThrownBy(() -> ControlCharts.pWithStandard(new long[] {1}, new long[] {10}, 1.0))
                .hasMessage("standard must be strictly between 0 and 1, but was 1.0");
        assertThatThrownBy(() -> ControlCharts.npWithStandard(new long[] {1}, 10, 0.0))
                .hasMessage("standard must be strictly between 0 and 1, but was 0.0");
        assertThatThrownBy(() -> ControlCharts.cWithStandard(new long[] {1}, Double.NaN))
                .hasMessage("standard must be positive and finite, but was NaN");
        assertThatThrownBy(() -> ControlCharts.uWithStandard(new long[] {1}, new double[] {1}, -1))
                .hasMessage("standard must be positive and finite, but was -1.0");
        assertThat(ControlCharts.pWithStandard(new long[0], new long[0], 0.1)).isEmpty();
        assertThat(ControlCharts.cWithStandard(new long[0], 1)).isEmpty();
    }

    // Phase II XmR against mu = 10, sigma = 2, by hand: individuals limits 10 +/- 6 = [4, 16];
    // moving-range centre d2 sigma = 2.256758, sigma d3 sigma = 1.705005, UCL (d2 + 3 d3) sigma =
    // 7.371773 (the tables' D2 = 3.686 gives 7.372), LCL 0. Values 10, 17, 9: 17 is beyond the
    // individuals' UCL and its ranges 7 and 8, only 8 beyond the ranges' UCL.
    @Test
    void xmrWithStandard_limitsFromMeanAndSigma() {
        XmrChart chart = ControlCharts.xmrWithStandard(new double[] {10, 17, 9}, 10, 2).orElseThrow();
        assertThat(chart.mean()).isEqualTo(10.0);
        assertThat(chart.individuals().get(0).lowerLimit()).isEqualTo(4.0);
        assertThat(chart.individuals().get(0).upperLimit()).isEqualTo(16.0);
        assertThat(chart.averageMovingRange()).isCloseTo(2.256758, within(1e-6));
        assertThat(chart.movingRanges().get(0).sigma()).isCloseTo(1.705005, within(1e-6));
        assertThat(chart.movingRanges().get(0).upperLimit()).isCloseTo(7.371773, within(1e-6));
        assertThat(chart.movingRanges().get(0).upperLimit()).isCloseTo(3.686 * 2, within(0.001));
        assertThat(chart.movingRanges().get(0).lowerLimit()).isZero();
        assertThat(chart.individuals()).filteredOn(ChartPoint::beyondLimits).extracting(ChartPoint::index)
                .containsExactly(1);
        assertThat(chart.movingRanges()).filteredOn(ChartPoint::beyondLimits).extracting(ChartPoint::index)
                .containsExactly(2);
        assertThat(ControlCharts.xmrWithStandard(new double[] {1}, 0, 1)).isEmpty();
        assertThatThrownBy(() -> ControlCharts.xmrWithStandard(new double[] {1, 2}, 0, 0))
                .hasMessage("sigma must be positive and finite, but was 0.0");
    }

    // d2(n), the expected range of n standard normal values: exactly 2/sqrt(pi) and 3/sqrt(pi)
    // for n = 2 and 3; Montgomery, Introduction to Statistical Quality Control, appendix VI,
    // prints 1.128, 1.693, 2.059, 2.326, 2.534, 2.704, 2.847, 2.970, 3.078 for n = 2..10 and 3.931
    // for n = 25. Full-precision cross-check values from SciPy 1.17 quad of Tippett's integral:
    // d2(4) = 2.058750746, d2(5) = 2.325928947, d2(10) = 3.077505462, d2(25) = 3.930629220.
    @Test
    void d2_exactForTwoAndThree_andTheTablesRounded() {
        assertThat(ControlChartConstants.d2(2)).isEqualTo(2 / Math.sqrt(Math.PI));
        assertThat(ControlChartConstants.D2_FOR_TWO).isCloseTo(1.1283791670955126, within(1e-16));
        assertThat(ControlChartConstants.d2(3)).isCloseTo(3 / Math.sqrt(Math.PI), within(1e-15));
        double[] table = {1.128, 1.693, 2.059, 2.326, 2.534, 2.704, 2.847, 2.970, 3.078};
        for (int n = 2; n <= 10; n++) {
            assertThat(ControlChartConstants.d2(n)).as("n = %d", n).isCloseTo(table[n - 2], within(5e-4));
        }
        assertThat(ControlChartConstants.d2(25)).isCloseTo(3.931, within(5e-4));
        assertThat(ControlChartConstants.d2(4)).isCloseTo(2.058750746, within(1e-9));
        assertThat(ControlChartConstants.d2(5)).isCloseTo(2.325928947, within(1e-9));
        assertThat(ControlChartConstants.d2(10)).isCloseTo(3.077505462, within(1e-9));
        assertThat(ControlChartConstants.d2(25)).isCloseTo(3.930629220, within(1e-9));
        assertThat(ControlChartConstants.D4_FOR_TWO).isCloseTo(3.267, within(5e-4));
        assertThat(XmrChart.D4).isEqualTo(ControlChartConstants.D4_FOR_TWO);
        assertThatThrownBy(() -> ControlChartConstants.d2(1))
                .hasMessage("n must be between 2 and 100, but was 1");
    }
}
