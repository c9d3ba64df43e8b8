package org.qualityloop.insight;

import java.util.Optional;
import org.qualityloop.model.StageId;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.workflow.cases.CaseState;

/**
 * A node time is measured at: a lifecycle state, over every case, or a state within one process
 * stage, over the cases whose received change names that stage. Immutable and thread-safe.
 *
 * @param stage the process stage, or empty for the state over all cases
 * @param state the lifecycle state, not null
 */
public record DwellNode(Optional<StageId> stage, CaseState state) {

    /**
     * Validates the node.
     *
     * @param stage the process stage, or empty for the state over all cases
     * @param state the lifecycle state, not null
     */
    public DwellNode {
        Checks.notNull(stage, "stage");
        Checks.notNull(state, "state");
    }

    /**
     * A state over every case.
     *
     * @param state the state, not null
     * @return the node
     */
    public static DwellNode of(CaseState state) {
        return new DwellNode(Optional.empty(), state);
    }

    /**
     * A state within a process stage.
     *
     * @param stage the stage, not null
     * @param state the state, not null
     * @return the node
     */
    public static DwellNode of(StageId stage, CaseState state) {
        return new DwellNode(Optional.of(Checks.notNull(stage, "stage")), state);
    }

    /**
     * The node's name: the state's name, prefixed by the stage and a slash when there is one
     * ({@code approval/IN_PROGRESS}).
     *
     * @return the name
     */
    public String name() {
        return stage.map(s -> s.value() + "/" + state.name()).orElse(state.name());
    }
}
