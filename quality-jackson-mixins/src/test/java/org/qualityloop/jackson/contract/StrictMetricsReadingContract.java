package org.qualityloop.jackson.contract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.qualityloop.metrics.CsatAccumulator;
import org.qualityloop.metrics.HandlingTime;
import org.qualityloop.metrics.NpsAccumulator;
import org.qualityloop.metrics.TimeDistribution;
import org.qualityloop.metrics.analysis.ServqualAccumulator;

/** Reading refuses partial aggregates whose parts contradict each other, naming the field. */
public abstract class StrictMetricsReadingContract {

    /**
     * The JSON module under test.
     *
     * @return its codec
     */
    protected abstract JsonCodec codec();


    private static final String SMALL_TIMES = "{\"count\":3,\"sumMillis\":8,\"minMillis\":0,\"maxMillis\":5,"
            + "\"zeroCount\":1,\"binOffset\":55,\"bins\":[1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1],"
            + "\"exactMillis\":[0,3,5]}";

    @Test
    void timeDistribution_partsThatDisagreeWithTheExactValues_areRejected() {
        assertThatThrownBy(() -> codec().read(SMALL_TIMES.replace("\"sumMillis\":8", "\"sumMillis\":9"),
                TimeDistribution.class)).hasMessage("sumMillis must be 8 for the values in exactMillis, but was 9");
        assertThatThrownBy(() -> codec().read(SMALL_TIMES.replace("\"maxMillis\":5", "\"maxMillis\":4"),
                TimeDistribution.class)).hasMessage("maxMillis must be 5 for the values in exactMillis, but was 4");
        assertThatThrownBy(() -> codec().read(SMALL_TIMES.replace("[0,3,5]", "[0,4,4]"),
                TimeDistribution.class)).hasMessage("maxMillis must be 4 for the values in exactMillis, but was 5");
        // 2 ms and 6 ms sum to 8 as well, but 6 ms lies in bucket 90, not 81.
        assertThatThrownBy(() -> codec().read(SMALL_TIMES.replace("[0,3,5]", "[0,2,6]")
                .replace("\"maxMillis\":5", "\"maxMillis\":6"), TimeDistribution.class))
                .hasMessage("binOffset must be 35 for the values in exactMillis, but was 55");
        assertThatThrownBy(() -> codec().read(SMALL_TIMES.replace("[0,3,5]", "[0,5,3]"),
                TimeDistribution.class))
                .hasMessage("exactMillis must be in ascending order, but exactMillis[2] was 3 after 5");
    }

    @Test
    void timeDistribution_beyondTheExactLimit_checksMinMaxAndSumAgainstTheBuckets() {
        TimeDistribution large = new TimeDistribution();
        for (long v = 1; v <= 100; v++) {
            large.addMillis(v);
        }
        String json = codec().write(large);
        assertThatThrownBy(() -> codec().read(json.replace("\"minMillis\":1", "\"minMillis\":2"),
                TimeDistribution.class)).hasMessage("minMillis must lie in the first non-empty bucket (0), but was 2");
        assertThatThrownBy(() -> codec().read(json.replace("\"sumMillis\":5050", "\"sumMillis\":50"),
                TimeDistribution.class))
                .hasMessage("sumMillis must be between 199 and 9901 for 100 values between minMillis and maxMillis,"
                        + " but was 50");
    }

    @Test
    void handlingTime_withTimeButNoContacts_isRejected() {
        assertThatThrownBy(() -> codec().read(
                "{\"contacts\":0,\"talkMillis\":240000,\"holdMillis\":0,\"wrapUpMillis\":0}", HandlingTime.class))
                .hasMessage("talkMillis must be 0 when contacts is 0, but was 240000");
    }

    @Test
    void servqual_weightsThatDoNotSumTo100PerWeightedRespondent_areRejected() {
        String json = "{\"instrument\":{\"itemDimensions\":[\"a\",\"a\",\"b\"],\"reverseScored\":[2,3],"
                + "\"scaleMin\":1,\"scaleMax\":5},\"respondents\":2,\"expectationSums\":[8,6,5],"
                + "\"perceptionSums\":[9,5,5],\"weightedRespondents\":1,\"weightSums\":[70.0,20.0],"
                + "\"weightedScoreSum\":-0.1}";
        assertThatThrownBy(() -> codec().read(json, ServqualAccumulator.class))
                .hasMessage("weightSums must sum to 100 × weightedRespondents (100.0), but summed to 90.0");
    }

    @Test
    void negativeAndNullCounts_areRejectedNamingTheField() {
        assertThatThrownBy(() -> codec().read("{\"promoters\":1,\"passives\":-2,\"detractors\":3}",
                NpsAccumulator.class)).hasMessage("passives must not be negative, but was -2");
        assertThatThrownBy(() -> codec().read("{\"promoters\":1,\"passives\":null,\"detractors\":3}",
                NpsAccumulator.class)).hasMessageContaining("passives");
        assertThatThrownBy(() -> codec().read("{\"scaleMin\":1,\"counts\":[0,null,0,1,1]}",
                CsatAccumulator.class)).hasMessageContaining("counts");
        assertThatThrownBy(() -> codec().read("{\"promoters\":1,\"detractors\":3}",
                NpsAccumulator.class)).hasMessageContaining("passives");
    }

    @Test
    void nullCount_isRejectedEvenByAMapperWithoutStrictPrimitives() {
        assertThatThrownBy(() -> codec().readWithModuleOnly("{\"promoters\":1,\"passives\":null,\"detractors\":3}",
                NpsAccumulator.class)).hasMessageContaining("passives");
    }
}
