package org.qualityloop.model;

import org.qualityloop.model.internal.Checks;

/**
 * One stage of a {@link ServiceProcess}, for example booking (預訂) or reimbursement (報銷) in a
 * business-travel process. A stage's touchpoints are the {@link Touchpoint}s that name it.
 * Immutable and thread-safe.
 *
 * @param id the stage's identifier, unique within its process, not null
 * @param name the stage's display name, not blank
 */
public record Stage(StageId id, String name) {

    /**
     * Validates the stage.
     *
     * @param id the stage's identifier, unique within its process, not null
     * @param name the stage's display name, not blank
     * @throws NullPointerException when an argument is null
     * @throws IllegalArgumentException when the name is blank
     */
    public Stage {
        Checks.notNull(id, "id");
        Checks.notBlank(name, "name");
    }

    /**
     * Returns a stage.
     *
     * @param id the stage's identifier, not null
     * @param name the display name, not blank
     * @return the stage
     */
    public static Stage of(StageId id, String name) {
        return new Stage(id, name);
    }

    /**
     * Returns a stage with the identifier {@code StageId.of(id)}.
     *
     * @param id the stage's identifier text, not blank
     * @param name the display name, not blank
     * @return the stage
     */
    public static Stage of(String id, String name) {
        return new Stage(StageId.of(id), name);
    }
}
