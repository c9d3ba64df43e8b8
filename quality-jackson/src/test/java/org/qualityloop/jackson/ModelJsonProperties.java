package org.qualityloop.jackson;

import org.qualityloop.jackson.contract.ModelJsonContract;
import org.qualityloop.jackson.contract.JsonCodec;

/** For arbitrary valid values, writing JSON and reading it back gives an equal value; out-of-range inputs are always rejected with the rule's message. Run against the Jackson 2 module; the body is shared with the other JSON module. */
class ModelJsonProperties extends ModelJsonContract {

    @Override
    protected JsonCodec codec() {
        return Jackson2Codec.INSTANCE;
    }
}
