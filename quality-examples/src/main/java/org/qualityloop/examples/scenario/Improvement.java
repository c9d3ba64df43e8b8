package org.qualityloop.examples.scenario;

import java.util.List;
import org.qualityloop.model.KpiId;
import org.qualityloop.examples.internal.Valid;

/**
 * A change to a service that the seeds describe, as data: a name, what it does, the parameter
 * changes it makes and the KPIs it is expected to move. An improvement without changes is a
 * placebo: it must not move anything. Immutable.
 *
 * @param name the improvement's name, a code such as {@code "fast-approval-node"}
 * @param description what the change is, in a sentence; not blank
 * @param changes the parameter changes, applied in order; empty for a placebo
 * @param expected the KPIs the change is expected to improve; the improvement run judges it by
 *     these
 */
public record Improvement(String name, String description, List<ScenarioChange> changes, List<KpiId> expected) {

    /** The name of every scenario's placebo improvement. */
    public static final String PLACEBO = "placebo";

    /**
     * Validates and copies the components.
     *
     * @param name the improvement's name, a code such as {@code "fast-approval-node"}
     * @param description what the change is, in a sentence; not blank
     * @param changes the parameter changes, applied in order; empty for a placebo
     * @param expected the KPIs the change is expected to improve; the improvement run judges it by
     *     these
     * @throws IllegalArgumentException when the name is not a code or the description is blank
     */
    public Improvement {
        Valid.code(name, "name");
        Valid.notBlank(description, "description");
        changes = Valid.listCopy(changes, "changes");
        expected = Valid.listCopy(expected, "expected");
    }

    /**
     * A placebo: a change customers never meet (a new colour for a button nobody uses
     * differently), judged by the same KPIs as a real change.
     *
     * @param expected the KPIs to judge it by
     * @return the placebo
     */
    public static Improvement placebo(List<KpiId> expected) {
        return new Improvement(PLACEBO, "a cosmetic change customers do not notice (nothing in the process changes)",
                List.of(), expected);
    }

    /**
     * Whether this is a placebo.
     *
     * @return true when it changes nothing
     */
    public boolean isPlacebo() {
        return changes.isEmpty();
    }
}
