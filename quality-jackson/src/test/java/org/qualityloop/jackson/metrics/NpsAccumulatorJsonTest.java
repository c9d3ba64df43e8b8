package org.qualityloop.jackson.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.qualityloop.jackson.QualityLoopJson;
import org.qualityloop.metrics.NpsAccumulator;

/** The JSON parts of {@code NpsAccumulatorTest}, moved with the JSON mapping to quality-jackson. */
class NpsAccumulatorJsonTest {

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




    // Formulas: NPS = 100 (p - d); SE = 100 sqrt([p + d - (p - d)^2] / n) with the
    // promoter/detractor covariance; adjusted-Wald adds 3/4 to promoters and detractors and 3 to
    // n (Rocks 2016, The American Statistician 70(4); Sauro and Lewis, MeasuringU, "Confidence
    // intervals for Net Promoter Scores", 2021). Worked numbers for 50 promoters, 30 passives,
    // 20 detractors: NPS = 30, SE = 100 sqrt(0.61 / 100) = 7.8102, Wald = 30 +/- 1.96 * 7.8102 =
    // [14.692, 45.308]; adjusted p' = 50.75/103, d' = 20.75/103, NPS' = 29.126, SE' = 7.6915,
    // interval [14.051, 44.201].

    // Published example (Cross Validated, "How can I calculate margin of error in a NPS (Net
    // Promoter Score) result?", accepted answer): a population of 1/2 promoters, 1/3 passives and
    // 1/6 detractors has NPS 1/3 and per-response variance (1 - 1/3)^2 / 2 + (1/3)^2 / 3 +
    // (-1 - 1/3)^2 / 6 = 5/9, the same as p(1 - p) + d(1 - d) + 2pd = 1/4 + 5/36 + 1/6 = 5/9.
    // For n = 300 (150 / 100 / 50): SE = 100 sqrt(5/9 / 300) = 4.3033 points.

    // Published sample (talkstats.com, "Net Promoter Score - Calculating Confidence Intervals and
    // Margin of Error"): 1,162 responses, 291 promoters, 476 passives, 395 detractors, NPS -9, and
    // a 95 % margin of error of 4.4 points. Here: NPS = 100 (291 - 395) / 1162 = -8.950,
    // SE = 100 sqrt((0.25043 + 0.33993 - 0.0080103) / 1162) = 2.2387, 1.96 SE = 4.388 -> 4.4.
    // Adjusted Wald: p' = 291.75 / 1165, d' = 395.75 / 1165 -> [-13.308, -4.546].

    // Dropping the covariance would give SE = 100 sqrt((p(1-p) + d(1-d)) / n) = 6.4031 for the
    // example above: too narrow. Guard against that regression.


    // Two independent samples: A = 50/30/20 (NPS 30, SE 7.8102) and B = 40/30/30 (NPS 10,
    // SE 100 sqrt(0.69/100) = 8.3066). Difference 20, SE sqrt(7.8102^2 + 8.3066^2) = 11.4018,
    // z = 1.7541, two-sided p = 0.0794 (Wald z-test on the difference of two independent NPS,
    // the two-sample test of Rocks's R package NPS, nps_test(x, y): se = sqrt(var_x / n_x +
    // var_y / n_y)). Numbers derived by hand; p-value recomputed with SciPy's norm.sf.



    @Test
    void json_roundTripsCompactForm() throws Exception {
        ObjectMapper mapper = QualityLoopJson.mapper();
        NpsAccumulator nps = sample(3, 2, 1);
        String json = mapper.writeValueAsString(nps);
        assertThat(json).isEqualTo("{\"promoters\":3,\"passives\":2,\"detractors\":1}");
        assertThat(mapper.readValue(json, NpsAccumulator.class)).isEqualTo(nps);
    }

    @Test
    void json_negativeCount_isRejected() {
        ObjectMapper mapper = QualityLoopJson.mapper();
        assertThatThrownBy(() -> mapper.readValue(
                "{\"promoters\":-1,\"passives\":2,\"detractors\":1}", NpsAccumulator.class))
                .hasRootCauseMessage("promoters must not be negative, but was -1");
    }
}
