package org.qualityloop.jackson.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qualityloop.jackson.QualityLoopJson;
import org.qualityloop.metrics.CsatAccumulator;

/** The JSON parts of {@code CsatAccumulatorTest}, moved with the JSON mapping to quality-jackson. */
class CsatAccumulatorJsonTest {

    // Worked example: ratings 5,5,4,4,4,3,2,1,5,4 on a 1–5 scale. Sum 37, n 10, mean 3.7;
    // top-2-box = ratings 4 or 5 = 7 of 10 = 0.70.

    // Delighted help centre, "How is CSAT calculated?" (help.delighted.com/article/240):
    // 42 fives, 32 fours, 10 threes, 9 twos and 14 ones; 74 satisfied (4 or 5) of 107 responses,
    // (74 / 107) x 100 = 69.16, which Delighted then rounds to the whole number 69. The top-2-box
    // share is 0.6916 unrounded. The page gives no mean; 400 / 107 = 3.7383 is recomputed here.

    // Intercom VOC Metrics help, "What is CSAT and how is CSAT score calculated?": 50 responses,
    // 10 rated 5, 20 rated 4, 10 rated 3, 5 rated 2, 5 rated 1; CSAT = (10 + 20) / 50 * 100 = 60%.





    @Test
    void json_roundTripsCompactForm() throws Exception {
        ObjectMapper mapper = QualityLoopJson.mapper();
        CsatAccumulator csat = CsatAccumulator.of(1, List.of(1L, 0L, 2L, 3L, 4L));
        String json = mapper.writeValueAsString(csat);
        assertThat(json).isEqualTo("{\"scaleMin\":1,\"counts\":[1,0,2,3,4]}");
        CsatAccumulator back = mapper.readValue(json, CsatAccumulator.class);
        assertThat(back).isEqualTo(csat);
        assertThat(back.scaleMax()).isEqualTo(5);
    }
}
