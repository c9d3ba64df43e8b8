package org.qualityloop.jackson3;

import org.qualityloop.jackson.contract.FixturesContract;
import org.qualityloop.jackson.contract.JsonCodec;

/** The golden files of json-fixtures/, byte for byte. Run against the Jackson 3 module; the body is shared with the other JSON module. */
class JsonFixturesTest extends FixturesContract {

    @Override
    protected JsonCodec codec() {
        return Jackson3Codec.INSTANCE;
    }
}
