package org.qualityloop.jackson3.metrics;

import org.qualityloop.jackson.contract.MetricsJsonContract;
import org.qualityloop.jackson.contract.JsonCodec;
import org.qualityloop.jackson3.Jackson3Codec;

/** Every partial aggregate survives its JSON form unchanged. Run against the Jackson 3 module; the body is shared with the other JSON module. */
class MetricsJsonProperties extends MetricsJsonContract {

    @Override
    protected JsonCodec codec() {
        return Jackson3Codec.INSTANCE;
    }
}
