package org.qualityloop.model;

import org.qualityloop.model.internal.Checks;

/**
 * A touchpoint (服務接觸點): a moment where the customer meets the service, placed in one stage of a
 * {@link ServiceProcess}, one {@link JourneyPhase}, on one {@link Channel} and in one
 * {@link BlueprintLane}, owned by one team. A moment of truth (關鍵時刻) is a touchpoint that weighs
 * most on the customer's judgement of the whole service.
 *
 * <p>Build one with {@link #builder(TouchpointId, String)}. Immutable and thread-safe.
 *
 * @param id the touchpoint's identifier, unique within its process, not null
 * @param name the display name, not blank
 * @param stage the stage the touchpoint belongs to, not null
 * @param phase the journey phase, not null
 * @param channel the channel, not null
 * @param lane the blueprint lane, not null
 * @param ownerTeam the team responsible for the touchpoint, not null
 * @param momentOfTruth whether the touchpoint is a moment of truth
 */
public record Touchpoint(
        TouchpointId id,
        String name,
        StageId stage,
        JourneyPhase phase,
        Channel channel,
        BlueprintLane lane,
        TeamId ownerTeam,
        boolean momentOfTruth) {

    /**
     * Validates the touchpoint.
     *
     * @param id the touchpoint's identifier, unique within its process, not null
     * @param name the display name, not blank
     * @param stage the stage the touchpoint belongs to, not null
     * @param phase the journey phase, not null
     * @param channel the channel, not null
     * @param lane the blueprint lane, not null
     * @param ownerTeam the team responsible for the touchpoint, not null
     * @param momentOfTruth whether the touchpoint is a moment of truth
     * @throws NullPointerException naming the field when an argument is null
     * @throws IllegalArgumentException when the name is blank
     */
    public Touchpoint {
        Checks.notNull(id, "id");
        Checks.notBlank(name, "name");
        Checks.notNull(stage, "stage");
        Checks.notNull(phase, "phase");
        Checks.notNull(channel, "channel");
        Checks.notNull(lane, "lane");
        Checks.notNull(ownerTeam, "ownerTeam");
    }

    /**
     * Starts building a touchpoint; stage, phase, channel, lane and owner team must be set before
     * {@link Builder#build()}; it is not a moment of truth unless {@link Builder#momentOfTruth()}
     * is called.
     *
     * @param id the touchpoint's identifier, not null
     * @param name the display name, not blank
     * @return a new builder
     */
    public static Builder builder(TouchpointId id, String name) {
        return new Builder(id, name);
    }

    /**
     * Starts building a touchpoint with the identifier {@code TouchpointId.of(id)}.
     *
     * @param id the identifier text, not blank
     * @param name the display name, not blank
     * @return a new builder
     */
    public static Builder builder(String id, String name) {
        return new Builder(TouchpointId.of(id), name);
    }

    /**
     * Tells whether the customer sees this touchpoint, that is, whether its lane lies above the
     * line of visibility.
     *
     * @return true when {@link BlueprintLane#visibleToCustomer()} holds for the lane
     */
    public boolean visibleToCustomer() {
        return lane.visibleToCustomer();
    }

    /**
     * A mutable, single-threaded builder of a {@link Touchpoint}.
     */
    public static final class Builder {
        private final TouchpointId id;
        private final String name;
        private StageId stage;
        private JourneyPhase phase;
        private Channel channel;
        private BlueprintLane lane;
        private TeamId ownerTeam;
        private boolean momentOfTruth;

        private Builder(TouchpointId id, String name) {
            this.id = Checks.notNull(id, "id");
            this.name = Checks.notBlank(name, "name");
        }

        /**
         * Sets the stage.
         *
         * @param stage the stage's identifier, not null
         * @return this builder
         */
        public Builder stage(StageId stage) {
            this.stage = Checks.notNull(stage, "stage");
            return this;
        }

        /**
         * Sets the stage by its identifier text.
         *
         * @param stage the stage's identifier text, not blank
         * @return this builder
         */
        public Builder stage(String stage) {
            return stage(StageId.of(stage));
        }

        /**
         * Sets the journey phase.
         *
         * @param phase the phase, not null
         * @return this builder
         */
        public Builder phase(JourneyPhase phase) {
            this.phase = Checks.notNull(phase, "phase");
            return this;
        }

        /**
         * Sets the channel.
         *
         * @param channel the channel, not null
         * @return this builder
         */
        public Builder channel(Channel channel) {
            this.channel = Checks.notNull(channel, "channel");
            return this;
        }

        /**
         * Sets the blueprint lane.
         *
         * @param lane the lane, not null
         * @return this builder
         */
        public Builder lane(BlueprintLane lane) {
            this.lane = Checks.notNull(lane, "lane");
            return this;
        }

        /**
         * Sets the owner team.
         *
         * @param team the team, not null
         * @return this builder
         */
        public Builder ownedBy(TeamId team) {
            this.ownerTeam = Checks.notNull(team, "ownerTeam");
            return this;
        }

        /**
         * Sets the owner team by its identifier text.
         *
         * @param team the team's identifier text, not blank
         * @return this builder
         */
        public Builder ownedBy(String team) {
            return ownedBy(TeamId.of(team));
        }

        /**
         * Marks the touchpoint as a moment of truth.
         *
         * @return this builder
         */
        public Builder momentOfTruth() {
            this.momentOfTruth = true;
            return this;
        }

        /**
         * Builds the touchpoint.
         *
         * @return the touchpoint
         * @throws IllegalStateException naming the touchpoint and the first field that was not set
         */
        public Touchpoint build() {
            required(stage, "stage");
            required(phase, "phase");
            required(channel, "channel");
            required(lane, "lane");
            required(ownerTeam, "ownerTeam");
            return new Touchpoint(id, name, stage, phase, channel, lane, ownerTeam, momentOfTruth);
        }

        private void required(Object value, String field) {
            if (value == null) {
                throw new IllegalStateException(field + " of touchpoint '" + id + "' was not set");
            }
        }
    }
}
