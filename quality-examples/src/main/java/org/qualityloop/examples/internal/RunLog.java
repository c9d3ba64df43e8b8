package org.qualityloop.examples.internal;

import java.time.Instant;
import java.util.List;
import org.qualityloop.model.StageId;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.survey.CesResponse;
import org.qualityloop.model.survey.CsatResponse;
import org.qualityloop.model.survey.NpsResponse;

/**
 * The raw observations of a run as the simulator makes them, before anything is counted: every
 * service case's journey and every survey answer. The feedback cases need no log: they are in the
 * run's case store. A second reader can recompute the run's figures from these and the store, which
 * is how the KPI test checks the harness against the library's accumulators. Implementations are
 * called on the simulator's thread, in simulated-time order.
 */
interface RunLog {

    /** A log that keeps nothing. */
    RunLog NONE = new RunLog() {
        @Override
        public void journey(Journey journey) {
        }

        @Override
        public void nps(NpsResponse answer) {
        }

        @Override
        public void csat(CsatResponse answer) {
        }

        @Override
        public void ces(CesResponse answer) {
        }
    };

    /**
     * A service case walked through the process.
     *
     * @param journey its steps
     */
    void journey(Journey journey);

    /**
     * A likelihood-to-recommend answer.
     *
     * @param answer the answer
     */
    void nps(NpsResponse answer);

    /**
     * A satisfaction answer about a stage.
     *
     * @param answer the answer, with its stage in the context
     */
    void csat(CsatResponse answer);

    /**
     * A customer-effort answer.
     *
     * @param answer the answer
     */
    void ces(CesResponse answer);

    /**
     * One service case's walk through the process.
     *
     * @param arrived when the case arrived
     * @param steps the steps it took, in order
     * @param validFeedback whether it gave at least one piece of valid feedback
     */
    record Journey(Instant arrived, List<StepVisit> steps, boolean validFeedback) {
        public Journey {
            steps = List.copyOf(steps);
        }
    }

    /**
     * One step of a journey.
     *
     * @param stage the step's stage
     * @param touchpoint the step's touchpoint
     * @param start when the step began
     * @param end when it ended
     * @param failed whether it failed
     * @param feedback whether it brought feedback (valid or not)
     */
    record StepVisit(StageId stage, TouchpointId touchpoint, Instant start, Instant end, boolean failed,
            boolean feedback) {
    }
}
