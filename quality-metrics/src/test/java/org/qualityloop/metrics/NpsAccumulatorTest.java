package org.qualityloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NpsAccumulatorTest {

    private static NpsAccumulator sample(int promoters, int passives, int detractors) {
        NpsAccumulator nps = new NpsAccumulator();
        for (int i = 0; i < promoters; i++) {
            nps.add(i % 2 == 0 ? 9 : 10);
        }
        for (int i = 0; i < passives; i++) {
            nps.add(i % 2 == 0 ? 7 : 8);
        }
        for (int i = 0; i < detractors; i++) {
            nps.add(i % 7);
        }
        return nps;
    }

    @Test
    void add_classifiesBoundaries() {
        NpsAccumulator nps = new NpsAccumulator();
        nps.add(0);
        nps.add(6);
        nps.add(7);
        nps.add(8);
        nps.add(9);
        nps.add(10);
        assertThat(nps.detractors()).isEqualTo(2);
        assertThat(nps.passives()).isEqualTo(2);
        assertThat(nps.promoters()).isEqualTo(2);
    }

    @Test
    void add_outsideScale_isRejectedNamingTheValue() {
        NpsAccumulator nps = new NpsAccumulator();
        assertThatThrownBy(() -> nps.add(11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score must be between 0 and 10, but was 11");
        assertThatThrownBy(() -> nps.add(-1)).hasMessage(
                "score must be between 0 and 10, but was -1");
        assertThat(nps.count()).isZero();
    }

    @Test
    void result_noResponses_isEmpty() {
        assertThat(new NpsAccumulator().result()).isEmpty();
    }

    // Formulas: NPS = 100 (p - d); SE = 100 sqrt([p + d - (p - d)^2] / n) with the
    // promoter/detractor covariance; adjusted-Wald adds 3/4 to promoters and detractors and 3 to
    // n (Rocks 2016, The American Statistician 70(4); Sauro and Lewis, MeasuringU, "Confidence
    // intervals for Net Promoter Scores", 2021). Worked numbers for 50 promoters, 30 passives,
    // 20 detractors: NPS = 30, SE = 100 sqrt(0.61 / 100) = 7.8102, Wald = 30 +/- 1.96 * 7.8102 =
    // [14.692, 45.308]; adjusted p' = 50.75/103, d' = 20.75/103, NPS' = 29.126, SE' = 7.6915,
    // interval [14.051, 44.201].
    @Test
    void result_workedExample_scoreStandardErrorAndIntervals() {
        NpsResult result = sample(50, 30, 20).result().orElseThrow();
        assertThat(result.responses()).isEqualTo(100);
        assertThat(result.score()).isCloseTo(30.0, within(1e-12));
        assertThat(result.standardError()).isCloseTo(7.810250, within(1e-6));
        assertThat(result.wald().lower()).isCloseTo(14.692192, within(1e-6));
        assertThat(result.wald().upper()).isCloseTo(45.307808, within(1e-6));
        assertThat(result.adjustedWald().lower()).isCloseTo(14.051130, within(1e-6));
        assertThat(result.adjustedWald().upper()).isCloseTo(44.201297, within(1e-6));
    }

    // Published example (Cross Validated, "How can I calculate margin of error in a NPS (Net
    // Promoter Score) result?", accepted answer): a population of 1/2 promoters, 1/3 passives and
    // 1/6 detractors has NPS 1/3 and per-response variance (1 - 1/3)^2 / 2 + (1/3)^2 / 3 +
    // (-1 - 1/3)^2 / 6 = 5/9, the same as p(1 - p) + d(1 - d) + 2pd = 1/4 + 5/36 + 1/6 = 5/9.
    // For n = 300 (150 / 100 / 50): SE = 100 sqrt(5/9 / 300) = 4.3033 points.
    @Test
    void result_publishedVarianceExample_includesTheCovarianceTerm() {
        NpsResult result = sample(150, 100, 50).result().orElseThrow();
        assertThat(result.score()).isCloseTo(100.0 / 3, within(1e-9));
        double p = 0.5;
        double d = 1.0 / 6;
        double variance = p * (1 - p) + d * (1 - d) + 2 * p * d;
        assertThat(variance).isCloseTo(5.0 / 9, within(1e-15));
        assertThat(result.standardError()).isCloseTo(100 * Math.sqrt(5.0 / 9 / 300), within(1e-9));
        assertThat(result.standardError()).isCloseTo(4.3033, within(5e-5));
    }

    // Published sample (talkstats.com, "Net Promoter Score - Calculating Confidence Intervals and
    // Margin of Error"): 1,162 responses, 291 promoters, 476 passives, 395 detractors, NPS -9, and
    // a 95 % margin of error of 4.4 points. Here: NPS = 100 (291 - 395) / 1162 = -8.950,
    // SE = 100 sqrt((0.25043 + 0.33993 - 0.0080103) / 1162) = 2.2387, 1.96 SE = 4.388 -> 4.4.
    // Adjusted Wald: p' = 291.75 / 1165, d' = 395.75 / 1165 -> [-13.308, -4.546].
    @Test
    void result_publishedSample_marginOfError() {
        NpsResult result = sample(291, 476, 395).result().orElseThrow();
        assertThat(result.score()).isCloseTo(-8.950086, within(1e-6));
        assertThat(result.standardError()).isCloseTo(2.238666, within(1e-6));
        assertThat(result.wald().halfWidth()).isCloseTo(4.4, within(0.05));
        assertThat(result.adjustedWald().lower()).isCloseTo(-13.308370, within(1e-6));
        assertThat(result.adjustedWald().upper()).isCloseTo(-4.545707, within(1e-6));
    }

    // The same published sample, the adjusted-Wald parts by hand: 291 + 0.75 promoters and
    // 395 + 0.75 detractors of 1,165, adjusted NPS 100 (291 - 395) / 1165 = -8.927039, the
    // centre of the adjusted-Wald interval above; p~ = 0.250429, d~ = 0.339700, SE~ =
    // 100 sqrt((0.590129 - 0.089270^2) / 1165) = 2.235414; variance = 2.2386664^2 = 5.011627.
    @Test
    void result_publishedSample_varianceAndAdjustedEstimate() {
        NpsResult result = sample(291, 476, 395).result().orElseThrow();
        assertThat(result.variance()).isCloseTo(5.011627, within(1e-5));
        assertThat(result.variance()).isCloseTo(result.standardError() * result.standardError(), within(1e-12));
        assertThat(result.adjustedScore()).isCloseTo(-8.927039, within(1e-6));
        assertThat(result.adjustedScore()).isCloseTo(
                (result.adjustedWald().lower() + result.adjustedWald().upper()) / 2, within(1e-9));
        assertThat(result.adjustedStandardError()).isCloseTo(2.235414, within(1e-6));
        assertThat(result.adjustedWald().halfWidth())
                .isCloseTo(1.959963984540054 * result.adjustedStandardError(), within(1e-9));
    }

    // Dropping the covariance would give SE = 100 sqrt((p(1-p) + d(1-d)) / n) = 6.4031 for the
    // example above: too narrow. Guard against that regression.
    @Test
    void result_standardError_includesCovariance() {
        NpsResult result = sample(50, 30, 20).result().orElseThrow();
        double withoutCovariance = 100 * Math.sqrt((0.5 * 0.5 + 0.2 * 0.8) / 100);
        assertThat(withoutCovariance).isCloseTo(6.403124, within(1e-6));
        assertThat(result.standardError()).isGreaterThan(withoutCovariance);
    }

    @Test
    void result_allPromoters_waldDegeneratesAdjustedWaldDoesNot() {
        NpsResult result = sample(10, 0, 0).result().orElseThrow();
        assertThat(result.score()).isEqualTo(100.0);
        assertThat(result.standardError()).isZero();
        assertThat(result.wald()).isEqualTo(new Interval(100.0, 100.0));
        assertThat(result.adjustedWald().halfWidth()).isPositive();
        assertThat(result.adjustedWald().upper()).isLessThanOrEqualTo(100.0);
    }

    // Two independent samples: A = 50/30/20 (NPS 30, SE 7.8102) and B = 40/30/30 (NPS 10,
    // SE 100 sqrt(0.69/100) = 8.3066). Difference 20, SE sqrt(7.8102^2 + 8.3066^2) = 11.4018,
    // z = 1.7541, two-sided p = 0.0794 (Wald z-test on the difference of two independent NPS,
    // the two-sample test of Rocks's R package NPS, nps_test(x, y): se = sqrt(var_x / n_x +
    // var_y / n_y)). Numbers derived by hand; p-value recomputed with SciPy's norm.sf.
    @Test
    void comparisonWith_workedExample_zAndPValue() {
        NpsResult a = sample(50, 30, 20).result().orElseThrow();
        NpsResult b = sample(40, 30, 30).result().orElseThrow();
        NpsComparison comparison = a.comparisonWith(b);
        assertThat(comparison.difference()).isCloseTo(20.0, within(1e-12));
        assertThat(comparison.standardError()).isCloseTo(11.401754, within(1e-6));
        assertThat(comparison.z()).isCloseTo(1.754116, within(1e-6));
        assertThat(comparison.pValue()).isCloseTo(0.079411, within(1e-6));
        assertThat(b.comparisonWith(a).z()).isCloseTo(-1.754116, within(1e-6));
    }

    @Test
    void comparisonWith_bothDegenerate_reportsEqualityExplicitly() {
        NpsResult a = sample(5, 0, 0).result().orElseThrow();
        NpsResult b = sample(0, 0, 5).result().orElseThrow();
        assertThat(a.comparisonWith(a).pValue()).isEqualTo(1.0);
        assertThat(a.comparisonWith(b).pValue()).isEqualTo(0.0);
    }

    @Test
    void merge_addsCounts() {
        NpsAccumulator total = sample(3, 2, 1).merge(sample(1, 1, 4));
        assertThat(total).isEqualTo(NpsAccumulator.of(4, 3, 5));
    }


}
