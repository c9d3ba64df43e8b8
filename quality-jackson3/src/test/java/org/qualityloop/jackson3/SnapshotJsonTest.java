package org.qualityloop.jackson3;

import org.qualityloop.jackson.contract.JsonCodec;
import org.qualityloop.jackson.contract.SnapshotJsonContract;

/** A case snapshot's JSON, its golden file and its schema rule. Run against this module; the body is shared with the other JSON module. */
class SnapshotJsonTest extends SnapshotJsonContract {

    @Override
    protected JsonCodec codec() {
        return Jackson3Codec.INSTANCE;
    }
}
