package org.qualityloop.jackson3;

import org.qualityloop.jackson.contract.HistoryJsonContract;
import org.qualityloop.jackson.contract.JsonCodec;

/** The history's JSON form, and the schema-1 history that still reads and replays to the same case. Run against the Jackson 3 module; the body is shared with the other JSON module. */
class HistoryJsonTest extends HistoryJsonContract {

    @Override
    protected JsonCodec codec() {
        return Jackson3Codec.INSTANCE;
    }
}
