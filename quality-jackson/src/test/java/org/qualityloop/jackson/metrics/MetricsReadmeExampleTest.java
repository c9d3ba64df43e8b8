package org.qualityloop.jackson.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qualityloop.jackson.QualityLoopJson;
import org.qualityloop.metrics.NpsAccumulator;

/** The README's metrics example: the partial shipped before the merge is the partial, not the total. */
class MetricsReadmeExampleTest {

    @Test
    void partialWrittenBeforeTheMerge_readsBackAndMergesElsewhereToTheSameTotal() {
        NpsAccumulator nps = new NpsAccumulator();
        for (int score : new int[] {10, 9, 8, 6, 10}) {
            nps.add(score);
        }
        NpsAccumulator otherPartition = new NpsAccumulator();
        otherPartition.add(0);
        String partial = QualityLoopJson.write(nps);
        nps.merge(otherPartition);

        assertThat(partial).isEqualTo("{\"promoters\":3,\"passives\":1,\"detractors\":1}");
        NpsAccumulator elsewhere = QualityLoopJson.read(partial, NpsAccumulator.class).merge(otherPartition);
        assertThat(elsewhere).isEqualTo(nps);
    }
}
