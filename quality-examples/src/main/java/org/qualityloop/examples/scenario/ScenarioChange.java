package org.qualityloop.examples.scenario;

import java.util.Objects;
import org.qualityloop.examples.internal.Valid;
import org.qualityloop.model.TouchpointId;

/**
 * One change an improvement makes to a scenario's parameters. Each change is an immutable
 * record; {@link Scenario#with(Improvement)} applies them in order.
 */
public sealed interface ScenarioChange {

    /**
     * A one-line description, such as {@code "expense-audit takes 0.3× as long"}.
     *
     * @return the description
     */
    String describe();

    /**
     * A step takes longer or shorter, e.g. the slow approval node made faster.
     *
     * @param touchpoint the step's touchpoint, not null
     * @param factor the factor its durations are multiplied by, positive
     */
    record StepDuration(TouchpointId touchpoint, double factor) implements ScenarioChange {
        /**
         * Validates the change.
         *
         * @param touchpoint the step's touchpoint, not null
         * @param factor the factor its durations are multiplied by, positive
         */
        public StepDuration {
            Objects.requireNonNull(touchpoint, "touchpoint");
            Valid.positive(factor, "factor");
        }

        @Override
        public String describe() {
            return touchpoint + " takes " + factor + "× as long";
        }
    }

    /**
     * A step fails more or less often, e.g. a fixed user interface.
     *
     * @param touchpoint the step's touchpoint, not null
     * @param factor the factor its failure probability is multiplied by, not negative
     */
    record StepFailure(TouchpointId touchpoint, double factor) implements ScenarioChange {
        /**
         * Validates the change.
         *
         * @param touchpoint the step's touchpoint, not null
         * @param factor the factor its failure probability is multiplied by, not negative
         */
        public StepFailure {
            Objects.requireNonNull(touchpoint, "touchpoint");
            Valid.nonNegative(factor, "factor");
        }

        @Override
        public String describe() {
            return touchpoint + " fails " + factor + "× as often";
        }
    }

    /**
     * The service desk gets another number of agents.
     *
     * @param agents the new number, at least 1
     */
    record Agents(int agents) implements ScenarioChange {
        /**
         * Validates the change.
         *
         * @param agents the new number, at least 1
         */
        public Agents {
            if (agents < 1) {
                throw new IllegalArgumentException("agents must be at least 1, but was " + agents);
            }
        }

        @Override
        public String describe() {
            return "the service desk has " + agents + " agents";
        }
    }

    /**
     * The service desk's handling times change, e.g. with a better tool.
     *
     * @param factor the factor every handling time is multiplied by, positive
     */
    record HandlingTime(double factor) implements ScenarioChange {
        /**
         * Validates the change.
         *
         * @param factor the factor every handling time is multiplied by, positive
         */
        public HandlingTime {
            Valid.positive(factor, "factor");
        }

        @Override
        public String describe() {
            return "handling takes " + factor + "× as long";
        }
    }

    /**
     * Staff treat customers better (or worse), e.g. after training: survey scores and the
     * satisfaction at the follow-up move.
     *
     * @param points the shift in NPS points (CSAT moves by 40 %, CES by 60 % of it, the follow-up
     *     satisfaction by 40 %), finite
     */
    record Satisfaction(double points) implements ScenarioChange {
        /**
         * Validates the change.
         *
         * @param points the shift in NPS points (CSAT moves by 40 %, CES by 60 % of it, the
         *     follow-up
         *     satisfaction by 40 %), finite
         */
        public Satisfaction {
            Valid.finite(points, "points");
        }

        @Override
        public String describe() {
            return "survey scores move by " + points + " NPS points";
        }
    }
}
