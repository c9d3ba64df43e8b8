package org.qualityloop.workflow.store;

import java.util.List;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.workflow.cases.CaseEvent;

/**
 * What a {@link CaseStore#append} did. Exactly one of the three; a store maps its own errors as
 * follows: a unique-key violation on (case, command id) is a {@link Duplicate} (read the
 * command's earlier events and answer with them), one on (case, sequence) or a version check
 * that updated no row is a {@link Conflict} (read the current version); anything else is thrown
 * as a {@link CaseStoreException}.
 */
public sealed interface AppendResult permits AppendResult.Appended, AppendResult.Conflict, AppendResult.Duplicate {

    /** Everything was written: events, snapshot, summary, due entry and the unit of work. */
    record Appended() implements AppendResult {
    }

    /**
     * Nothing was written: the case is not at the expected version.
     *
     * @param expected the version the append expected
     * @param actual the case's version, 0 when it does not exist
     */
    record Conflict(long expected, long actual) implements AppendResult {
        /**
         * Validates.
         *
         * @param expected the version the append expected
         * @param actual the case's version, 0 when it does not exist
         */
        public Conflict {
            Checks.nonNegative(expected, "expected");
            Checks.nonNegative(actual, "actual");
            if (expected == actual) {
                throw new IllegalArgumentException("actual must differ from expected, but both were " + expected);
            }
        }
    }

    /**
     * Nothing was written: the case already recorded events under the append's command id.
     *
     * @param earlier the events the command recorded then, in order, not empty
     */
    record Duplicate(List<CaseEvent> earlier) implements AppendResult {
        /**
         * Validates and copies.
         *
         * @param earlier the events the command recorded then, in order, not empty
         */
        public Duplicate {
            earlier = Checks.listCopy(earlier, "earlier");
            if (earlier.isEmpty()) {
                throw new IllegalArgumentException("earlier must not be empty");
            }
        }
    }
}
