package org.qualityloop.jackson.metrics;

import org.qualityloop.jackson.contract.MetricsJsonContract;
import org.qualityloop.jackson.contract.JsonCodec;
import org.qualityloop.jackson.Jackson2Codec;

/** Every partial aggregate survives its JSON form unchanged. Run against the Jackson 2 module; the body is shared with the other JSON module. */
class MetricsJsonProperties extends MetricsJsonContract {

    @Override
    protected JsonCodec codec() {
        return Jackson2Codec.INSTANCE;
    }
}
