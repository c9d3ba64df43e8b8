package org.qualityloop.jackson3;

import org.qualityloop.jackson.contract.StrictReadingContract;
import org.qualityloop.jackson.contract.JsonCodec;

/** Strict reading: each rule of docs/json.md, and messages that name the path without leaking input. Run against the Jackson 3 module; the body is shared with the other JSON module. */
class StrictReadingTest extends StrictReadingContract {

    @Override
    protected JsonCodec codec() {
        return Jackson3Codec.INSTANCE;
    }
}
