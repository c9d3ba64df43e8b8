package org.qualityloop.jackson3;

import org.qualityloop.jackson.contract.InsightJsonContract;
import org.qualityloop.jackson.contract.JsonCodec;

/** The process map's JSON. Run against the Jackson 3 module; the body is shared with the other JSON module. */
class InsightJsonTest extends InsightJsonContract {

    @Override
    protected JsonCodec codec() {
        return Jackson3Codec.INSTANCE;
    }
}
