package org.qualityloop.jackson.metrics;

import org.qualityloop.jackson.contract.StrictMetricsReadingContract;
import org.qualityloop.jackson.contract.JsonCodec;
import org.qualityloop.jackson.Jackson2Codec;

/** Reading refuses partial aggregates whose parts contradict each other, naming the field. Run against the Jackson 2 module; the body is shared with the other JSON module. */
class StrictMetricsReadingTest extends StrictMetricsReadingContract {

    @Override
    protected JsonCodec codec() {
        return Jackson2Codec.INSTANCE;
    }
}
