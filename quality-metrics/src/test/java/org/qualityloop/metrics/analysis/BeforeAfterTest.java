package org.qualityloop.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BeforeAfterTest {

    // Complaint rate 60 of 1,000 orders before, 40 of 1,000 after. Pooled p = 0.05,
    // SE = sqrt(0.05 * 0.95 * (2 / 1000)) = 0.0097468, z = 0.02 / 0.0097468 = 2.051957,
    // two-sided p = 0.040174; Cohen's h = 2 asin sqrt(0.06) - 2 asin sqrt(0.04) = 0.092218.
    // (Arithmetic by hand; cross-checked with SciPy 1.17 norm.sf.)
    @Test
    void twoProportions_workedExample() {
        TestResult result = BeforeAfter.twoProportions(60, 1000, 40, 1000).orElseThrow();
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
        TestResult result = BeforeAfter.twoProportions(27, 100, 19, 100).orElseThrow();
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
        TestResult result = BeforeAfter.welch(before, after).orElseThrow();
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
        TestResult result = BeforeAfter.welch(a1, a2).orElseThrow();
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
        TestResult result = BeforeAfter.mannWhitney(before, after).orElseThrow();
        assertThat(result.statistic()).isCloseTo(3.080095, within(1e-6));
        assertThat(result.pValue()).isCloseTo(0.0020693, within(1e-7));
        assertThat(result.effectSize()).isCloseTo(0.82, within(1e-12));
        TestResult reversed = BeforeAfter.mannWhitney(after, before).orElseThrow();
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
        TestResult result = BeforeAfter.mannWhitney(before, after).orElseThrow();
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
        TestResult result = BeforeAfter.mannWhitney(may, august).orElseThrow();
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
}
