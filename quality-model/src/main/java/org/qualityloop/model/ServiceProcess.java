package org.qualityloop.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.qualityloop.model.internal.Checks;

/**
 * A service process (服務流程): an ordered list of {@link Stage}s and the {@link Touchpoint}s where
 * the customer meets the service in each stage. The business-travel process of the seed documents
 * runs booking → approval → payment → reimbursement → after-sales.
 *
 * <p>The process doubles as a service blueprint: {@link #touchpoints(StageId, BlueprintLane)}
 * answers "what is front-stage / back-stage in stage X", {@link #momentsOfTruth()} lists the moments
 * of truth, and {@link #describe()} prints the whole process as text.
 *
 * <p>Rules, checked on construction (and so also when reading JSON): stage identifiers are unique,
 * touchpoint identifiers are unique, every touchpoint names a stage of this process, and, when
 * {@code nonEmptyStages} is true, every stage has at least one touchpoint. Touchpoints keep the
 * order in which they were given. Build one with {@link #builder(ProcessId, String)}. Immutable and
 * thread-safe; the lists are unmodifiable copies.
 *
 * @param id the process's identifier, not null
 * @param name the display name, not blank
 * @param stages the stages in the order the customer goes through them, not empty
 * @param touchpoints the touchpoints, each naming one of the stages
 * @param nonEmptyStages whether every stage must have at least one touchpoint
 */
public record ServiceProcess(
        ProcessId id,
        String name,
        List<Stage> stages,
        List<Touchpoint> touchpoints,
        boolean nonEmptyStages) {

    /**
     * Validates the process and copies the lists.
     *
     * @param id the process's identifier, not null
     * @param name the display name, not blank
     * @param stages the stages in the order the customer goes through them, not empty
     * @param touchpoints the touchpoints, each naming one of the stages
     * @param nonEmptyStages whether every stage must have at least one touchpoint
     * @throws NullPointerException naming the field when an argument or element is null
     * @throws IllegalArgumentException naming the offending identifier when a rule is broken
     */
    public ServiceProcess {
        Checks.notNull(id, "id");
        Checks.notBlank(name, "name");
        stages = Checks.listCopy(stages, "stages");
        touchpoints = Checks.listCopy(touchpoints, "touchpoints");
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("stages of process '" + Checks.shown(id.toString()) + "' must not be empty");
        }
        Set<StageId> stageIds = new HashSet<>();
        for (Stage stage : stages) {
            if (!stageIds.add(stage.id())) {
                throw new IllegalArgumentException("stage id '" + Checks.shown(stage.id().toString()) + "' must be unique in process '"
                        + Checks.shown(id.toString()) + "', but was used twice");
            }
        }
        Set<TouchpointId> touchpointIds = new HashSet<>();
        Set<StageId> used = new HashSet<>();
        for (Touchpoint touchpoint : touchpoints) {
            if (!touchpointIds.add(touchpoint.id())) {
                throw new IllegalArgumentException("touchpoint id '" + Checks.shown(touchpoint.id().toString())
                        + "' must be unique in process '" + Checks.shown(id.toString()) + "', but was used twice");
            }
            if (!stageIds.contains(touchpoint.stage())) {
                throw new IllegalArgumentException("stage of touchpoint '" + Checks.shown(touchpoint.id().toString())
                        + "' must be a stage of process '" + Checks.shown(id.toString()) + "', but was unknown stage '"
                        + Checks.shown(touchpoint.stage().toString()) + "'");
            }
            used.add(touchpoint.stage());
        }
        if (nonEmptyStages) {
            for (Stage stage : stages) {
                if (!used.contains(stage.id())) {
                    throw new IllegalArgumentException("stage '" + Checks.shown(stage.id().toString())
                            + "' must have at least one touchpoint (nonEmptyStages), but had none");
                }
            }
        }
    }

    /**
     * Starts building a process.
     *
     * @param id the process's identifier, not null
     * @param name the display name, not blank
     * @return a new builder
     */
    public static Builder builder(ProcessId id, String name) {
        return new Builder(id, name);
    }

    /**
     * Starts building a process with the identifier {@code ProcessId.of(id)}.
     *
     * @param id the identifier text, not blank
     * @param name the display name, not blank
     * @return a new builder
     */
    public static Builder builder(String id, String name) {
        return new Builder(ProcessId.of(id), name);
    }

    /**
     * Returns the stage with the given identifier.
     *
     * @param stageId the stage's identifier, not null
     * @return the stage, or empty when the process has no such stage
     */
    public Optional<Stage> stage(StageId stageId) {
        Checks.notNull(stageId, "stageId");
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
    }

    /**
     * Returns the touchpoint with the given identifier.
     *
     * @param touchpointId the touchpoint's identifier, not null
     * @return the touchpoint, or empty when the process has no such touchpoint
     */
    public Optional<Touchpoint> touchpoint(TouchpointId touchpointId) {
        Checks.notNull(touchpointId, "touchpointId");
        return touchpoints.stream().filter(t -> t.id().equals(touchpointId)).findFirst();
    }

    /**
     * Returns the touchpoints of a stage, in order.
     *
     * @param stageId the stage's identifier, not null
     * @return an unmodifiable list, empty when the stage has no touchpoints
     * @throws IllegalArgumentException when the process has no such stage
     */
    public List<Touchpoint> touchpoints(StageId stageId) {
        requireStage(stageId);
        return touchpoints.stream().filter(t -> t.stage().equals(stageId)).toList();
    }

    /**
     * Returns the touchpoints of a stage in one blueprint lane, in order: for example the
     * front-stage touchpoints of the approval stage.
     *
     * @param stageId the stage's identifier, not null
     * @param lane the lane, not null
     * @return an unmodifiable list, empty when there are none
     * @throws IllegalArgumentException when the process has no such stage
     */
    public List<Touchpoint> touchpoints(StageId stageId, BlueprintLane lane) {
        Checks.notNull(lane, "lane");
        requireStage(stageId);
        return touchpoints.stream()
                .filter(t -> t.stage().equals(stageId) && t.lane() == lane)
                .toList();
    }

    /**
     * Returns the moments of truth (關鍵時刻) of the whole process, in order.
     *
     * @return an unmodifiable list, empty when no touchpoint is a moment of truth
     */
    public List<Touchpoint> momentsOfTruth() {
        return touchpoints.stream().filter(Touchpoint::momentOfTruth).toList();
    }

    /**
     * Returns the channels used by the process's touchpoints, in order of first use.
     *
     * @return an unmodifiable list
     */
    public List<Channel> channels() {
        return touchpoints.stream().map(Touchpoint::channel).distinct().toList();
    }

    /**
     * Prints the process as text: one line per stage, then one indented line per touchpoint with
     * its lane, phase, channel, owner team and a {@code [MoT]} marker for moments of truth, grouped
     * by blueprint lane from physical evidence down to support. For example:
     *
     * <pre>
     * Process business-travel: Business travel (5 stages, 12 touchpoints, 4 moments of truth)
     * 1. booking: Booking
     *    - search-fares: Search fares [CUSTOMER_ACTION, INFORMATION, app, team travel-desk]
     * </pre>
     *
     * @return the description, lines separated by {@code '\n'}
     */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append("Process ").append(id).append(": ").append(name)
                .append(" (").append(stages.size()).append(" stages, ")
                .append(touchpoints.size()).append(" touchpoints, ")
                .append(momentsOfTruth().size()).append(" moments of truth)\n");
        int number = 1;
        for (Stage stage : stages) {
            out.append(number++).append(". ").append(stage.id()).append(": ").append(stage.name()).append('\n');
            for (BlueprintLane lane : BlueprintLane.values()) {
                for (Touchpoint t : touchpoints(stage.id(), lane)) {
                    out.append("   - ").append(t.id()).append(": ").append(t.name())
                            .append(" [").append(lane).append(", ").append(t.phase())
                            .append(", ").append(t.channel()).append(", team ").append(t.ownerTeam())
                            .append(']');
                    if (t.momentOfTruth()) {
                        out.append(" [MoT]");
                    }
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    /**
     * Returns a short summary: identifier, name, stage identifiers and counts. Use
     * {@link #describe()} for the full text.
     */
    @Override
    public String toString() {
        return "ServiceProcess[id=" + id + ", name=" + name + ", stages="
                + stages.stream().map(s -> s.id().value()).collect(Collectors.joining(" -> ", "[", "]"))
                + ", touchpoints=" + touchpoints.size() + ", momentsOfTruth=" + momentsOfTruth().size() + "]";
    }

    private void requireStage(StageId stageId) {
        Checks.notNull(stageId, "stageId");
        if (stage(stageId).isEmpty()) {
            throw new IllegalArgumentException("stageId must be a stage of process '" + Checks.shown(id.toString())
                    + "', but was unknown stage '" + Checks.shown(stageId.toString()) + "'");
        }
    }

    /**
     * A mutable, single-threaded builder of a {@link ServiceProcess}. Duplicate stage and
     * touchpoint identifiers are rejected as soon as they are added; touchpoints may name stages
     * added later, and unknown stages are rejected by {@link #build()}.
     */
    public static final class Builder {
        private final ProcessId id;
        private final String name;
        private final List<Stage> stages = new ArrayList<>();
        private final List<Touchpoint> touchpoints = new ArrayList<>();
        private boolean nonEmptyStages;

        private Builder(ProcessId id, String name) {
            this.id = Checks.notNull(id, "id");
            this.name = Checks.notBlank(name, "name");
        }

        /**
         * Appends a stage.
         *
         * @param stage the stage, not null
         * @return this builder
         * @throws IllegalArgumentException when a stage with the same identifier was already added
         */
        public Builder stage(Stage stage) {
            Checks.notNull(stage, "stage");
            if (stages.stream().anyMatch(s -> s.id().equals(stage.id()))) {
                throw new IllegalArgumentException("stage id '" + Checks.shown(stage.id().toString()) + "' must be unique in process '"
                        + Checks.shown(id.toString()) + "', but was used twice");
            }
            stages.add(stage);
            return this;
        }

        /**
         * Appends a stage.
         *
         * @param stageId the stage's identifier text, not blank
         * @param stageName the display name, not blank
         * @return this builder
         * @throws IllegalArgumentException when a stage with the same identifier was already added
         */
        public Builder stage(String stageId, String stageName) {
            return stage(Stage.of(stageId, stageName));
        }

        /**
         * Adds a touchpoint.
         *
         * @param touchpoint the touchpoint, not null
         * @return this builder
         * @throws IllegalArgumentException when a touchpoint with the same identifier was already added
         */
        public Builder touchpoint(Touchpoint touchpoint) {
            Checks.notNull(touchpoint, "touchpoint");
            if (touchpoints.stream().anyMatch(t -> t.id().equals(touchpoint.id()))) {
                throw new IllegalArgumentException("touchpoint id '" + Checks.shown(touchpoint.id().toString())
                        + "' must be unique in process '" + Checks.shown(id.toString()) + "', but was used twice");
            }
            touchpoints.add(touchpoint);
            return this;
        }

        /**
         * Adds a touchpoint built from a builder, for a fluent chain.
         *
         * @param touchpoint the touchpoint's builder, not null
         * @return this builder
         * @throws IllegalArgumentException when a touchpoint with the same identifier was already added
         */
        public Builder touchpoint(Touchpoint.Builder touchpoint) {
            Checks.notNull(touchpoint, "touchpoint");
            return touchpoint(touchpoint.build());
        }

        /**
         * Requires every stage to have at least one touchpoint when the process is built.
         *
         * @return this builder
         */
        public Builder requireNonEmptyStages() {
            this.nonEmptyStages = true;
            return this;
        }

        /**
         * Builds the process.
         *
         * @return the process
         * @throws IllegalArgumentException when there are no stages, a touchpoint names an unknown
         *     stage, or a stage is empty although {@link #requireNonEmptyStages()} was called
         */
        public ServiceProcess build() {
            return new ServiceProcess(id, name, stages, touchpoints, nonEmptyStages);
        }
    }
}
