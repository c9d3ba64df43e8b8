package org.qualityloop.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.qualityloop.metrics.Interval;

class BeforeAfterTest {

    // Complaint rate 60 of 1,000 orders before, 40 of 1,000 after. Pooled p = 0.05,
    // SE = sqrt(0.05 * 0.95 * (2 / 1000)) = 0.0097468, z = 0.02 / 0.0097468 = 2.051957,
    // two-sided p = 0.040174; Cohen's h = 2 asin sqrt(0.06) - 2 asin sqrt(0.04) = 0.092218.
    // (Arithmetic by hand; cross-checked with SciPy 1.17 norm.sf.)
    @Test
    void twoProportions_workedExample() {
        TwoProportionTest result = BeforeAfter.twoProportions(60, 1000, 40, 1000).orElseThrow();
        assertThat(result.statistic()).isCloseTo(2.051957, within(1e-6));
        assertThat(result.pValue()).isCloseTo(0.040174, within(1e-6));
        assertThat(result.effectSize()).isCloseTo(0.092218, within(1e-6));
        assertThat(result.degreesOfFreedom()).isInfinite();
    }

    // Montgomery and Runger, Applied Statistics and Probability for Engineers, section 10-6,
    // St. John's Wort example: 27 of 100 patients improved on the extract, 19 of 100 on placebo;
    // pooled p = 46 / 200 = 0.23, z0 = (0.27 - 0.19) / sqrt(0.23 * 0.77 * (2 / 100)) = 1.34,
    // P-value = 0.18 (the book's figures); here z = 1.344206, p = 0.178882.
    @Test
    void twoProportions_montgomeryRungerExample() {
        TwoProportionTest result = BeforeAfter.twoProportions(27, 100, 19, 100).orElseThrow();
        assertThat(result.statistic()).isCloseTo(1.34, within(0.005));
        assertThat(result.statistic()).isCloseTo(1.344206, within(1e-6));
        assertThat(result.pValue()).isCloseTo(0.18, within(0.005));
        assertThat(result.pValue()).isCloseTo(0.178882, within(1e-6));
    }

    @Test
    void twoProportions_noVariation_isEmpty_andBadCountsRejected() {
        assertThat(BeforeAfter.twoProportions(0, 10, 0, 20)).isEmpty();
        assertThat(BeforeAfter.twoProportions(10, 10, 20, 20)).isEmpty();
        assertThatThrownBy(() -> BeforeAfter.twoProportions(11, 10, 0, 20))
                .hasMessage("successesBefore must be between 0 and 10, but was 11");
    }

    // Satisfaction before (n = 8): 4.1 3.8 4.5 3.9 4.2 4.0 3.7 4.4; after (n = 10): 4.6 4.3 4.8
    // 4.4 4.9 4.5 4.2 4.7 4.6 4.4. Welch t = -3.816601, df = 13.166015, p = 0.0020932;
    // d = -1.833645 (reference values from SciPy 1.17 ttest_ind(equal_var=False)).
    @Test
    void welch_workedExample() {
        double[] before = {4.1, 3.8, 4.5, 3.9, 4.2, 4.0, 3.7, 4.4};
        double[] after = {4.6, 4.3, 4.8, 4.4, 4.9, 4.5, 4.2, 4.7, 4.6, 4.4};
        WelchTest result = BeforeAfter.welch(before, after).orElseThrow();
        assertThat(result.statistic()).isCloseTo(-3.816601, within(1e-6));
        assertThat(result.degreesOfFreedom()).isCloseTo(13.166015, within(1e-6));
        assertThat(result.pValue()).isCloseTo(0.0020932, within(1e-7));
        assertThat(result.effectSize()).isCloseTo(-1.833645, within(1e-6));
    }

    // Wikipedia, "Welch's t-test", worked example 1: A1 = 27.5 21.0 19.0 23.6 17.0 17.9 16.9
    // 20.1 21.9 22.6 23.1 19.6 19.0 21.7 21.4, A2 = 27.1 22.0 20.8 23.4 23.4 23.5 25.8 22.0 24.8
    // 20.2 21.9 22.1 22.9 20.5 24.4 (n = 15 each): Welch t = -2.46, nu = 24.99, p = 0.021 (the
    // article's figures); full precision t = -2.455356, nu = 24.988529, p = 0.021378.
    @Test
    void welch_wikipediaExample() {
        double[] a1 = {27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0,
            21.7, 21.4};
        double[] a2 = {27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9,
            20.5, 24.4};
        WelchTest result = BeforeAfter.welch(a1, a2).orElseThrow();
        assertThat(result.statistic()).isCloseTo(-2.46, within(0.005));
        assertThat(result.degreesOfFreedom()).isCloseTo(24.99, within(0.005));
        assertThat(result.pValue()).isCloseTo(0.021, within(0.0005));
        assertThat(result.statistic()).isCloseTo(-2.455356, within(1e-6));
        assertThat(result.degreesOfFreedom()).isCloseTo(24.988529, within(1e-6));
        assertThat(result.pValue()).isCloseTo(0.021378, within(1e-6));
    }

    @Test
    void welch_badInput() {
        assertThat(BeforeAfter.welch(new double[] {1, 1}, new double[] {1, 1, 1})).isEmpty();
        assertThatThrownBy(() -> BeforeAfter.welch(new double[] {1}, new double[] {1, 2}))
                .hasMessage("before must have at least 2 values, but had 1");
        assertThatThrownBy(() -> BeforeAfter.welch(new double[] {1, Double.NaN},
                new double[] {1, 2})).hasMessage("before[1] must be a finite number, but was NaN");
    }

    // Response times (minutes) before: 12 15 9 20 15 18 25 15 30 22; after: 8 10 9 7 12 9 11 6
    // 15 10. Ties: 9 (x3), 10 (x2), 12 (x2), 15 (x4). U1 = 91, tie-corrected normal
    // approximation with continuity correction: z = 3.080095, p = 0.0020693; rank-biserial
    // r = 2 * 91 / 100 - 1 = 0.82 (reference: SciPy 1.17 mannwhitneyu, method="asymptotic",
    // use_continuity=True).
    @Test
    void mannWhitney_workedExampleWithTies() {
        double[] before = {12, 15, 9, 20, 15, 18, 25, 15, 30, 22};
        double[] after = {8, 10, 9, 7, 12, 9, 11, 6, 15, 10};
        MannWhitneyTest result = BeforeAfter.mannWhitney(before, after).orElseThrow();
        assertThat(result.statistic()).isCloseTo(3.080095, within(1e-6));
        assertThat(result.pValue()).isCloseTo(0.0020693, within(1e-7));
        assertThat(result.effectSize()).isCloseTo(0.82, within(1e-12));
        MannWhitneyTest reversed = BeforeAfter.mannWhitney(after, before).orElseThrow();
        assertThat(reversed.statistic()).isCloseTo(-3.080095, within(1e-6));
        assertThat(reversed.effectSize()).isCloseTo(-0.82, within(1e-12));
    }

    // Large samples, as a simulated quarter gives: before 0, 2, 4, ..., after 1, 3, 5, ..., n = 50,000
    // each. Before takes the odd ranks, R1 = n², so U1 = n² - n(n + 1)/2 = n(n - 1)/2, just below
    // its mean n²/2; without ties σ² = n²(2n + 1)/12 and z = (-n/2 + 0.5)/σ, about -0.0055;
    // r = 2U1/n² - 1 = -1/n. n(n + 1) is beyond the int range, so it must be computed in floating point.
    @Test
    void mannWhitney_largeSamples_doNotOverflow() {
        int n = 50_000;
        double[] before = new double[n];
        double[] after = new double[n];
        for (int i = 0; i < n; i++) {
            before[i] = 2.0 * i;
            after[i] = 2.0 * i + 1;
        }
        MannWhitneyTest result = BeforeAfter.mannWhitney(before, after).orElseThrow();
        double z = (-n / 2.0 + 0.5) / Math.sqrt((double) n * n * (2.0 * n + 1) / 12);
        assertThat(result.statistic()).isCloseTo(z, within(1e-9));
        assertThat(result.pValue()).isGreaterThan(0.99);
        assertThat(result.effectSize()).isCloseTo(-1.0 / n, within(1e-12));
    }

    // R's documentation of wilcox.test (package stats), example on the airquality data set: ozone in
    // May versus August, 26 non-missing days each, with ties; "Wilcoxon rank sum test with
    // continuity correction: W = 127.5, p-value = 0.0001208" (the published output, normal
    // approximation corrected for ties). Here U1 = W = 127.5, tie term sum(t^3 - t) = 90,
    // sigma^2 = 26 * 26 / 12 * (53 - 90 / 2652) = 2983.755, z = (127.5 - 338 + 0.5) / sigma = -3.844481,
    // r = 2 * 127.5 / 676 - 1 = -0.622781.
    @Test
    void mannWhitney_rDocumentationAirqualityExample() {
        double[] may = {41, 36, 12, 18, 28, 23, 19, 8, 7, 16, 11, 14, 18, 14, 34, 6, 30, 11, 1, 11, 4, 32,
            23, 45, 115, 37};
        double[] august = {39, 9, 16, 78, 35, 66, 122, 89, 110, 44, 28, 65, 22, 59, 23, 31, 44, 21, 9, 45,
            168, 73, 76, 118, 84, 85};
        MannWhitneyTest result = BeforeAfter.mannWhitney(may, august).orElseThrow();
        assertThat(result.pValue()).isCloseTo(0.0001208, within(5e-8));
        assertThat(result.statistic()).isCloseTo(-3.844481, within(1e-6));
        assertThat(result.effectSize()).isCloseTo(2 * 127.5 / 676 - 1, within(1e-12));
    }

    @Test
    void mannWhitney_allTied_isEmpty() {
        assertThat(BeforeAfter.mannWhitney(new double[] {5, 5}, new double[] {5})).isEmpty();
        assertThatThrownBy(() -> BeforeAfter.mannWhitney(new double[0], new double[] {1}))
                .hasMessage("before must have at least 1 value, but had 0");
    }

    // The parts of the first worked example, by hand: pooled p = 0.05, SE0 = 0.0097468; unpooled
    // SE = sqrt(0.06 * 0.94 / 1000 + 0.04 * 0.96 / 1000) = 0.0097365, Wald interval
    // 0.02 +/- 1.959964 * 0.0097365 = [0.00091675, 0.03908325]; h interval
    // 0.092218 +/- 1.959964 * sqrt(2 / 1000) = [0.0045660, 0.1798705]; one-sided p-values are the
    // upper tail 0.0200869 (greater) and the lower tail 0.9799131 (less) of z = 2.051957
    // (cross-checked with SciPy 1.17 norm.sf).
    @Test
    void twoProportions_partsIntervalsAndSides() {
        TwoProportionTest result = BeforeAfter.twoProportions(60, 1000, 40, 1000).orElseThrow();
        assertThat(result.alternative()).isEqualTo(Alternative.TWO_SIDED);
        assertThat(result.proportionBefore()).isEqualTo(0.06);
        assertThat(result.proportionAfter()).isEqualTo(0.04);
        assertThat(result.difference()).isCloseTo(0.02, within(1e-15));
        assertThat(result.pooledProportion()).isCloseTo(0.05, within(1e-15));
        assertThat(result.standardError()).isCloseTo(0.0097468, within(1e-7));
        assertThat(result.z()).isEqualTo(result.statistic());
        assertThat(result.differenceStandardError()).isCloseTo(0.00973653, within(1e-8));
        assertThat(result.differenceInterval().lower()).isCloseTo(0.00091675, within(1e-8));
        assertThat(result.differenceInterval().upper()).isCloseTo(0.03908325, within(1e-8));
        assertThat(result.cohensHInterval().lower()).isCloseTo(0.0045660, within(1e-7));
        assertThat(result.cohensHInterval().upper()).isCloseTo(0.1798705, within(1e-7));
        assertThat(BeforeAfter.twoProportions(60, 1000, 40, 1000, Alternative.GREATER).orElseThrow()
                .pValue()).isCloseTo(0.0200869, within(1e-7));
        assertThat(BeforeAfter.twoProportions(60, 1000, 40, 1000, Alternative.LESS).orElseThrow()
                .pValue()).isCloseTo(0.9799131, within(1e-7));
    }

    // Newcombe, "Interval estimation for the difference between independent proportions:
    // comparison of eleven methods", Statistics in Medicine 17 (1998), Table II: 95 % limits for
    // eight examples by method 1 (Wald) and method 10 (hybrid score, no continuity correction).
    // (a) 56/70 - 48/80: method 1 0.0575 to 0.3425, method 10 0.0524 to 0.3339; (b) 9/10 - 3/10:
    // 0.1705 to 0.8090; (c) 6/7 - 2/7: 0.0582 to 0.8062; (d) 5/56 - 0/29: -0.0381 to 0.1926;
    // (e) 0/10 - 0/20: -0.1611 to 0.2775; (f) 0/10 - 0/10: -0.2775 to 0.2775; (g) 10/10 - 0/20:
    // 0.6791 to 1.0000; (h) 10/10 - 0/10: 0.6075 to 1.0000 (method 10, the published figures).
    @Test
    void newcombeInterval_publishedTable() {
        TwoProportionTest a = BeforeAfter.twoProportions(56, 70, 48, 80).orElseThrow();
        assertThat(a.differenceInterval().lower()).isCloseTo(0.0575, within(5e-5));
        assertThat(a.differenceInterval().upper()).isCloseTo(0.3425, within(5e-5));
        assertThat(a.newcombeInterval().lower()).isCloseTo(0.0524, within(5e-5));
        assertThat(a.newcombeInterval().upper()).isCloseTo(0.3339, within(5e-5));
        long[][] cases = {{9, 10, 3, 10}, {6, 7, 2, 7}, {5, 56, 0, 29}, {0, 10, 0, 20}, {0, 10, 0, 10},
            {10, 10, 0, 20}, {10, 10, 0, 10}};
        double[][] limits = {{0.1705, 0.8090}, {0.0582, 0.8062}, {-0.0381, 0.1926}, {-0.1611, 0.2775},
            {-0.2775, 0.2775}, {0.6791, 1.0}, {0.6075, 1.0}};
        for (int i = 0; i < cases.length; i++) {
            long[] c = cases[i];
            Interval interval = BeforeAfter.newcombe(c[0], c[1], c[2], c[3]);
            assertThat(interval.lower()).as("lower, case %d", i).isCloseTo(limits[i][0], within(5e-5));
            assertThat(interval.upper()).as("upper, case %d", i).isCloseTo(limits[i][1], within(5e-5));
        }
    }

    // The Welch example above, its parts: means 4.075 and 4.54, variances 0.0792857 and
    // 0.0493333; t_0.975(13.166) = 2.157603, so the difference -0.465 has the interval
    // [-0.727874, -0.202126]; one-sided p = 0.0010466 (less: before lower) and 0.9989534
    // (greater) (reference values: SciPy 1.17 ttest_ind(equal_var=False, alternative=...) and
    // its confidence_interval()).
    @Test
    void welch_partsIntervalAndSides() {
        double[] before = {4.1, 3.8, 4.5, 3.9, 4.2, 4.0, 3.7, 4.4};
        double[] after = {4.6, 4.3, 4.8, 4.4, 4.9, 4.5, 4.2, 4.7, 4.6, 4.4};
        WelchTest result = BeforeAfter.welch(before, after).orElseThrow();
        assertThat(result.meanBefore()).isCloseTo(4.075, within(1e-12));
        assertThat(result.meanAfter()).isCloseTo(4.54, within(1e-12));
        assertThat(result.varianceBefore()).isCloseTo(0.0792857, within(1e-7));
        assertThat(result.varianceAfter()).isCloseTo(0.0493333, within(1e-7));
        assertThat(result.difference()).isCloseTo(-0.465, within(1e-12));
        assertThat(result.differenceInterval().lower()).isCloseTo(-0.727874, within(1e-6));
        assertThat(result.differenceInterval().upper()).isCloseTo(-0.202126, within(1e-6));
        assertThat(BeforeAfter.welch(before, after, Alternative.LESS).orElseThrow().pValue())
                .isCloseTo(0.0010466, within(1e-7));
        assertThat(BeforeAfter.welch(before, after, Alternative.GREATER).orElseThrow().pValue())
                .isCloseTo(0.9989534, within(1e-7));
    }

    // R's documentation of wilcox.test (package stats), two-sample example from Hollander and
    // Wolfe (1973, p. 69f.): x = 0.80 0.83 1.89 1.04 1.45 1.38 1.91 1.64 0.73 1.46, y = 1.15 0.88
    // 0.90 0.74 1.21; wilcox.test(x, y, alternative = "g") gives "Wilcoxon rank sum exact test:
    // W = 35, p-value = 0.1272" (the published output). No ties and both samples under 50, so the
    // exact distribution is used: P(U >= 35) = 382/3003 for sizes 10 and 5; two-sided 764/3003,
    // less 2693/3003 (counts cross-checked with SciPy 1.17 mannwhitneyu(method="exact")).
    // Common-language effect A = 35 / 50 = 0.7; Hanley-McNeil Q1 = 0.7 / 1.3 = 0.538462,
    // Q2 = 0.98 / 1.7 = 0.576471, SE^2 = [0.21 + 9 (0.048462) + 4 (0.086471)] / 50 = 0.019841,
    // SE = 0.140857, interval 0.7 +/- 1.959964 SE = [0.423925, 0.976075]; r = 0.4.
    @Test
    void mannWhitney_rDocumentationExactExample() {
        double[] x = {0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46};
        double[] y = {1.15, 0.88, 0.90, 0.74, 1.21};
        MannWhitneyTest greater = BeforeAfter.mannWhitney(x, y, Alternative.GREATER).orElseThrow();
        assertThat(greater.u()).isEqualTo(35.0);
        assertThat(greater.uAfter()).isEqualTo(15.0);
        assertThat(greater.method()).isEqualTo(MannWhitneyTest.Method.EXACT);
        assertThat(greater.tied()).isFalse();
        assertThat(greater.approximatedForTies()).isFalse();
        assertThat(greater.pValue()).isCloseTo(0.1272, within(5e-5));
        assertThat(greater.pValue()).isCloseTo(382.0 / 3003, within(1e-14));
        assertThat(BeforeAfter.mannWhitney(x, y).orElseThrow().pValue())
                .isCloseTo(764.0 / 3003, within(1e-14));
        assertThat(BeforeAfter.mannWhitney(x, y, Alternative.LESS).orElseThrow().pValue())
                .isCloseTo(2693.0 / 3003, within(1e-14));
        assertThat(greater.commonLanguage()).isEqualTo(0.7);
        assertThat(greater.rankBiserial()).isCloseTo(0.4, within(1e-15));
        assertThat(greater.commonLanguageInterval().lower()).isCloseTo(0.423925, within(1e-6));
        assertThat(greater.commonLanguageInterval().upper()).isCloseTo(0.976075, within(1e-6));
        assertThat(greater.rankBiserialInterval().lower()).isCloseTo(2 * 0.423925 - 1, within(1e-6));
        assertThat(greater.effectSize()).isEqualTo(greater.rankBiserial());
    }

    // Sizes 2 and 2, by hand: the C(4, 2) = 6 orderings xxyy, xyxy, xyyx, yxxy, yxyx, yyxx give
    // U = 4, 3, 2, 2, 1, 0, so P(U = 0..4) = 1/6, 1/6, 2/6, 1/6, 1/6. Sizes 3 and 3: only one of
    // the 20 orderings has U = 0, P(U <= 0) = 0.05.
    @Test
    void exactDistribution_smallSizesByHand() {
        assertThat(MannWhitneyExact.distribution(2, 2)).containsExactly(
                new double[] {1 / 6.0, 1 / 6.0, 2 / 6.0, 1 / 6.0, 1 / 6.0}, within(1e-15));
        assertThat(MannWhitneyExact.atMost(MannWhitneyExact.distribution(3, 3), 0))
                .isCloseTo(0.05, within(1e-15));
        assertThat(MannWhitneyExact.distribution(1, 1)).containsExactly(0.5, 0.5);
    }

    // The table of critical values of U for a two-tailed test at alpha = 0.05 with equal sample
    // sizes, as printed in statistics textbooks (n = 5..20: 2, 5, 8, 13, 17, 23, 30, 37, 45, 55,
    // 64, 75, 87, 99, 113, 127): the largest c with P(U <= c) <= 0.025.
    @Test
    void exactDistribution_publishedCriticalValues() {
        int[] critical = {2, 5, 8, 13, 17, 23, 30, 37, 45, 55, 64, 75, 87, 99, 113, 127};
        for (int n = 5; n <= 20; n++) {
            double[] distribution = MannWhitneyExact.distribution(n, n);
            int c = critical[n - 5];
            assertThat(MannWhitneyExact.atMost(distribution, c)).as("n = %d", n).isLessThanOrEqualTo(0.025);
            assertThat(MannWhitneyExact.atMost(distribution, c + 1)).as("n = %d", n).isGreaterThan(0.025);
        }
    }

    // The exact rule: no ties and both samples under 50; otherwise the normal approximation, with
    // ties on small samples flagged.
    @Test
    void mannWhitney_chooseMethodByTheStatedRule() {
        double[] small = {1, 2, 3};
        double[] other = {4, 5};
        assertThat(BeforeAfter.mannWhitney(small, other).orElseThrow().method())
                .isEqualTo(MannWhitneyTest.Method.EXACT);
        MannWhitneyTest tied = BeforeAfter.mannWhitney(new double[] {1, 2, 3}, new double[] {3, 5})
                .orElseThrow();
        assertThat(tied.method()).isEqualTo(MannWhitneyTest.Method.NORMAL_APPROXIMATION);
        assertThat(tied.tied()).isTrue();
        assertThat(tied.approximatedForTies()).isTrue();
        double[] a49 = new double[49];
        double[] a50 = new double[50];
        for (int i = 0; i < 50; i++) {
            a50[i] = 2.0 * i;
            if (i < 49) {
                a49[i] = 2.0 * i;
            }
        }
        double[] b = {1, 3, 5, 7};
        assertThat(BeforeAfter.mannWhitney(a49, b).orElseThrow().method())
                .isEqualTo(MannWhitneyTest.Method.EXACT);
        MannWhitneyTest large = BeforeAfter.mannWhitney(a50, b).orElseThrow();
        assertThat(large.method()).isEqualTo(MannWhitneyTest.Method.NORMAL_APPROXIMATION);
        assertThat(large.approximatedForTies()).isFalse();
    }

    // The tied worked example above, one-sided: the continuity correction moves U1 - 50 = 41 by
    // 0.5 towards the alternative's null side, z = 40.5 / sigma = 3.080095 for "greater",
    // p = 0.0010347; z = 41.5 / sigma for "less", p = 0.9992007 (SciPy 1.17 mannwhitneyu,
    // method="asymptotic"). A = 0.91: Q1 = 0.834862, Q2 = 0.867120,
    // SE^2 = [0.0819 + 9 (0.006762) + 9 (0.039020)] / 100, SE = 0.0702812, interval
    // [0.772251, 1] (the upper limit clipped at 1).
    @Test
    void mannWhitney_tiedExample_sidesAndInterval() {
        double[] before = {12, 15, 9, 20, 15, 18, 25, 15, 30, 22};
        double[] after = {8, 10, 9, 7, 12, 9, 11, 6, 15, 10};
        MannWhitneyTest greater = BeforeAfter.mannWhitney(before, after, Alternative.GREATER)
                .orElseThrow();
        assertThat(greater.method()).isEqualTo(MannWhitneyTest.Method.NORMAL_APPROXIMATION);
        assertThat(greater.approximatedForTies()).isTrue();
        assertThat(greater.u()).isEqualTo(91.0);
        assertThat(greater.z()).isCloseTo(3.080095, within(1e-6));
        assertThat(greater.pValue()).isCloseTo(0.0010347, within(1e-7));
        assertThat(BeforeAfter.mannWhitney(before, after, Alternative.LESS).orElseThrow().pValue())
                .isCloseTo(0.9992007, within(1e-7));
        assertThat(greater.commonLanguageInterval().lower()).isCloseTo(0.772251, within(1e-6));
        assertThat(greater.commonLanguageInterval().upper()).isEqualTo(1.0);
        assertThat(BeforeAfter.hanleyMcNeilStandardError(0.91, 10, 10)).isCloseTo(0.0702812, within(1e-7));
    }

    /**
     * Means of large values with a wide spread are correctly rounded: 5,000 values near 10⁹ in
     * each sample, generated by a rule that gives the same doubles everywhere. Expected means from
     * exact rational arithmetic on those doubles (Python {@code fractions}, rounded once); the
     * plain running sum was 3 and 2 units in the last place off. Expected {@code t} from the same
     * exact means and variances (mpmath, 40 digits), to a relative 1e-9;
     * {@code scipy.stats.ttest_ind(equal_var=False)}, SciPy 1.17.1, gives −1.792249578399107 and
     * {@code df} 9997.999999648931.
     */
    @Test
    void welch_largeValues_meansCorrectlyRounded() {
        double[] before = spread(5000, 7919, 10007, 0.0);
        double[] after = spread(5000, 104729, 10009, 100.0);
        WelchTest result = BeforeAfter.welch(before, after).orElseThrow();
        assertThat(result.meanBefore()).isEqualTo(1000000002.7137004);
        assertThat(result.meanAfter()).isEqualTo(1000000106.221201);
        assertThat(result.varianceBefore()).isCloseTo(8338426.468702114, within(1e-6));
        assertThat(result.varianceAfter()).isCloseTo(8338525.29151039, within(1e-6));
        assertThat(result.t()).isCloseTo(-1.7922495801197648, within(2e-9));
        assertThat(result.degreesOfFreedom()).isCloseTo(9997.999999648931, within(1e-7));
    }

    /** {@code 1e9 + 1e4 · ((i · multiplier mod modulus) / modulus − 0.5) + shift}, i = 0 … n − 1. */
    private static double[] spread(int n, int multiplier, int modulus, double shift) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = 1e9 + 1e4 * (((i * multiplier) % modulus) / (double) modulus - 0.5) + shift;
        }
        return values;
    }
}
