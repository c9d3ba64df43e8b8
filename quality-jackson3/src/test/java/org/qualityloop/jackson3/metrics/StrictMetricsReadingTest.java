package org.qualityloop.jackson3.metrics;

import org.qualityloop.jackson.contract.StrictMetricsReadingContract;
import org.qualityloop.jackson.contract.JsonCodec;
import org.qualityloop.jackson3.Jackson3Codec;

/** Reading refuses partial aggregates whose parts contradict each other, naming the field. Run against the Jackson 3 module; the body is shared with the other JSON module. */
class StrictMetricsReadingTest extends StrictMetricsReadingContract {

    @Override
    protected JsonCodec codec() {
        return Jackson3Codec.INSTANCE;
    }
}
