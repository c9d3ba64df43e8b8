package org.qualityloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsatAccumulatorTest {

    // Worked example: ratings 5,5,4,4,4,3,2,1,5,4 on a 1–5 scale. Sum 37, n 10, mean 3.7;
    // top-2-box = ratings 4 or 5 = 7 of 10 = 0.70.
    @Test
    void result_workedExample_meanAndTopTwoBox() {
        CsatAccumulator csat = CsatAccumulator.oneToFive();
        for (int score : new int[] {5, 5, 4, 4, 4, 3, 2, 1, 5, 4}) {
            csat.add(score);
        }
        CsatResult result = csat.result().orElseThrow();
        assertThat(result.responses()).isEqualTo(10);
        assertThat(result.mean()).isCloseTo(3.7, within(1e-12));
        assertThat(result.topTwoBoxShare()).isCloseTo(0.7, within(1e-12));
    }

    // Delighted help centre, "How is CSAT calculated?" (help.delighted.com/article/240):
    // 42 fives, 32 fours, 10 threes, 9 twos and 14 ones; 74 satisfied (4 or 5) of 107 responses,
    // (74 / 107) x 100 = 69.16, which Delighted then rounds to the whole number 69. The top-2-box
    // share is 0.6916 unrounded. The page gives no mean; 400 / 107 = 3.7383 is recomputed here.
    @Test
    void result_delightedWorkedExample_topTwoBox() {
        CsatAccumulator csat = CsatAccumulator.of(1, List.of(14L, 9L, 10L, 32L, 42L));
        CsatResult result = csat.result().orElseThrow();
        assertThat(result.responses()).isEqualTo(107);
        assertThat(result.topTwoBoxShare() * 100).isCloseTo(69.16, within(0.005));
        assertThat(Math.round(result.topTwoBoxShare() * 100)).isEqualTo(69);
        assertThat(result.mean()).isCloseTo(400.0 / 107, within(1e-12));
    }

    // The Delighted example above from a score-to-count map, as survey tools export tallies.
    @Test
    void of_scoreToCountMap_equalsTheListForm() {
        CsatAccumulator fromMap = CsatAccumulator.of(1, 5, Map.of(5, 42L, 4, 32L, 3, 10L, 2, 9L, 1, 14L));
        assertThat(fromMap).isEqualTo(CsatAccumulator.of(1, List.of(14L, 9L, 10L, 32L, 42L)));
        assertThat(fromMap.result().orElseThrow().topTwoBoxShare()).isCloseTo(74.0 / 107, within(1e-15));
        assertThat(CsatAccumulator.of(1, 5, Map.of(5, 3L)).counts()).containsExactly(0L, 0L, 0L, 0L, 3L);
        assertThat(CsatAccumulator.of(1, 5, Map.of()).result()).isEmpty();
        assertThatThrownBy(() -> CsatAccumulator.of(1, 5, Map.of(6, 1L)))
                .hasMessage("countsByScore keys must be between 1 and 5, but included 6");
        assertThatThrownBy(() -> CsatAccumulator.of(1, 5, Map.of(2, -1L)))
                .hasMessage("countsByScore[2] must not be negative, but was -1");
        assertThatThrownBy(() -> CsatAccumulator.of(1, 5, Map.of(1, Long.MAX_VALUE, 2, 1L)))
                .hasMessageStartingWith("countsByScore must fit in a long");
    }

    // Intercom VOC Metrics help, "What is CSAT and how is CSAT score calculated?": 50 responses,
    // 10 rated 5, 20 rated 4, 10 rated 3, 5 rated 2, 5 rated 1; CSAT = (10 + 20) / 50 * 100 = 60%.
    @Test
    void result_intercomWorkedExample_topTwoBox() {
        CsatAccumulator csat = CsatAccumulator.oneToFive();
        int[][] answers = {{5, 10}, {4, 20}, {3, 10}, {2, 5}, {1, 5}};
        for (int[] answer : answers) {
            for (int i = 0; i < answer[1]; i++) {
                csat.add(answer[0]);
            }
        }
        CsatResult result = csat.result().orElseThrow();
        assertThat(result.responses()).isEqualTo(50);
        assertThat(result.topTwoBoxShare()).isCloseTo(0.60, within(1e-12));
    }

    @Test
    void result_noRatings_isEmpty() {
        assertThat(CsatAccumulator.ofScale(1, 7).result()).isEmpty();
    }

    @Test
    void add_outsideScale_isRejectedNamingTheValue() {
        CsatAccumulator csat = CsatAccumulator.oneToFive();
        assertThatThrownBy(() -> csat.add(6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score must be between 1 and 5, but was 6");
        assertThatThrownBy(() -> csat.add(0)).hasMessage("score must be between 1 and 5, but was 0");
    }

    @Test
    void merge_differentScales_isRejected() {
        assertThatThrownBy(() -> CsatAccumulator.oneToFive().merge(CsatAccumulator.ofScale(1, 7)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other scale must be 1–5, but was 1–7");
    }

    @Test
    void ofScale_invalidScale_isRejected() {
        assertThatThrownBy(() -> CsatAccumulator.ofScale(5, 5))
                .hasMessage("scaleMax must be between 6 and 100, but was 5");
    }

}
