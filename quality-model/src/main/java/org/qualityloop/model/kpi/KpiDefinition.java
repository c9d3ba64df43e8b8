package org.qualityloop.model.kpi;

import java.math.BigDecimal;
import java.util.Optional;
import org.qualityloop.model.KpiId;
import org.qualityloop.model.StageId;
import org.qualityloop.model.internal.Checks;

/**
 * A SMART key performance indicator as data: what is measured, in which unit, which direction is
 * better, the target, the at-risk threshold, how often it is reviewed and, optionally, the process
 * stage it belongs to.
 *
 * <p>{@link #status(BigDecimal)} grades a value. For {@link KpiDirection#HIGHER_IS_BETTER}: met when
 * {@code value >= target}, at risk when {@code atRisk <= value < target}, missed below {@code
 * atRisk}; so {@code atRisk <= target} is required. For {@link KpiDirection#LOWER_IS_BETTER} the
 * comparisons are mirrored and {@code atRisk >= target} is required. A target written as "&lt; 15
 * min" in a table is treated as "at most 15 minutes". Immutable and thread-safe.
 *
 * @param id the KPI's identifier, not null
 * @param name the display name, not blank
 * @param unit the unit of values, target and threshold, not null
 * @param direction which way the KPI improves, not null
 * @param target the value to reach, not null, at most 30 digits before and after the decimal point
 * @param atRisk the threshold between at risk and missed, not null, on the worse side of (or equal
 *     to) the target
 * @param reviewFrequency how often it is reviewed, not null
 * @param stage the stage it measures, if it belongs to one
 */
public record KpiDefinition(
        KpiId id,
        String name,
        KpiUnit unit,
        KpiDirection direction,
        BigDecimal target,
        BigDecimal atRisk,
        ReviewFrequency reviewFrequency,
        Optional<StageId> stage) {

    /**
     * Validates the definition.
     *
     * @param id the KPI's identifier, not null
     * @param name the display name, not blank
     * @param unit the unit of values, target and threshold, not null
     * @param direction which way the KPI improves, not null
     * @param target the value to reach, not null, at most 30 digits before and after the decimal
     *     point
     * @param atRisk the threshold between at risk and missed, not null, on the worse side of (or
     *     equal
     *     to) the target
     * @param reviewFrequency how often it is reviewed, not null
     * @param stage the stage it measures, if it belongs to one
     * @throws NullPointerException naming the field when an argument is null
     * @throws IllegalArgumentException when the name is blank or the at-risk threshold lies on the
     *     better side of the target
     */
    public KpiDefinition {
        Checks.notNull(id, "id");
        Checks.notBlank(name, "name");
        Checks.notNull(unit, "unit");
        Checks.notNull(direction, "direction");
        Checks.boundedDecimal(target, "target");
        Checks.boundedDecimal(atRisk, "atRisk");
        Checks.notNull(reviewFrequency, "reviewFrequency");
        Checks.notNull(stage, "stage");
        int cmp = atRisk.compareTo(target);
        if (direction == KpiDirection.HIGHER_IS_BETTER && cmp > 0) {
            throw new IllegalArgumentException("atRisk must be at most the target " + Checks.shown(target)
                    + " when higher is better, but was " + Checks.shown(atRisk));
        }
        if (direction == KpiDirection.LOWER_IS_BETTER && cmp < 0) {
            throw new IllegalArgumentException("atRisk must be at least the target " + Checks.shown(target)
                    + " when lower is better, but was " + Checks.shown(atRisk));
        }
    }

    /**
     * Starts building a definition; unit, direction, target, at-risk threshold and review frequency
     * must be set before {@link Builder#build()}.
     *
     * @param id the identifier, not null
     * @param name the display name, not blank
     * @return a new builder
     */
    public static Builder builder(KpiId id, String name) {
        return new Builder(id, name);
    }

    /**
     * Starts building a definition with the identifier {@code KpiId.of(id)}.
     *
     * @param id the identifier text, not blank
     * @param name the display name, not blank
     * @return a new builder
     */
    public static Builder builder(String id, String name) {
        return new Builder(KpiId.of(id), name);
    }

    /**
     * Grades a measured value against the target and the at-risk threshold (see the class
     * description for the rule).
     *
     * @param value the measured value in this KPI's unit, not null
     * @return met, at risk or missed
     */
    public KpiStatus status(BigDecimal value) {
        Checks.notNull(value, "value");
        int sign = direction == KpiDirection.HIGHER_IS_BETTER ? 1 : -1;
        if (sign * value.compareTo(target) >= 0) {
            return KpiStatus.MET;
        }
        return sign * value.compareTo(atRisk) >= 0 ? KpiStatus.AT_RISK : KpiStatus.MISSED;
    }

    /**
     * A mutable, single-threaded builder of a {@link KpiDefinition}.
     */
    public static final class Builder {
        private final KpiId id;
        private final String name;
        private KpiUnit unit;
        private KpiDirection direction;
        private BigDecimal target;
        private BigDecimal atRisk;
        private ReviewFrequency reviewFrequency;
        private Optional<StageId> stage = Optional.empty();

        private Builder(KpiId id, String name) {
            this.id = Checks.notNull(id, "id");
            this.name = Checks.notBlank(name, "name");
        }

        /**
         * Sets the unit.
         *
         * @param value the unit, not null
         * @return this builder
         */
        public Builder unit(KpiUnit value) {
            this.unit = Checks.notNull(value, "unit");
            return this;
        }

        /**
         * Declares that higher values are better and sets the target: met at or above it.
         *
         * @param value the target, as a decimal string such as {@code "95"}, not null
         * @return this builder
         */
        public Builder atLeast(String value) {
            this.direction = KpiDirection.HIGHER_IS_BETTER;
            this.target = decimal(value, "target");
            return this;
        }

        /**
         * Declares that lower values are better and sets the target: met at or below it.
         *
         * @param value the target, as a decimal string such as {@code "15"}, not null
         * @return this builder
         */
        public Builder atMost(String value) {
            this.direction = KpiDirection.LOWER_IS_BETTER;
            this.target = decimal(value, "target");
            return this;
        }

        /**
         * Sets the at-risk threshold.
         *
         * @param value the threshold, as a decimal string, not null
         * @return this builder
         */
        public Builder atRisk(String value) {
            this.atRisk = decimal(value, "atRisk");
            return this;
        }

        /**
         * Sets the review frequency.
         *
         * @param value the frequency, not null
         * @return this builder
         */
        public Builder reviewed(ReviewFrequency value) {
            this.reviewFrequency = Checks.notNull(value, "reviewFrequency");
            return this;
        }

        /**
         * Sets the stage the KPI measures.
         *
         * @param value the stage, not null
         * @return this builder
         */
        public Builder stage(StageId value) {
            this.stage = Optional.of(Checks.notNull(value, "stage"));
            return this;
        }

        /**
         * Sets the stage the KPI measures by its identifier text.
         *
         * @param value the stage's identifier text, not blank
         * @return this builder
         */
        public Builder stage(String value) {
            return stage(StageId.of(value));
        }

        /**
         * Builds the definition.
         *
         * @return the definition
         * @throws IllegalStateException naming the KPI and the first field that was not set
         * @throws IllegalArgumentException when the threshold is inconsistent with the direction
         */
        public KpiDefinition build() {
            required(unit, "unit");
            required(direction, "direction (call atLeast or atMost)");
            required(atRisk, "atRisk");
            required(reviewFrequency, "reviewFrequency");
            return new KpiDefinition(id, name, unit, direction, target, atRisk, reviewFrequency, stage);
        }

        private void required(Object value, String field) {
            if (value == null) {
                throw new IllegalStateException(field + " of KPI '" + id + "' was not set");
            }
        }

        private static BigDecimal decimal(String value, String field) {
            Checks.notNull(value, field);
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(field + " must be a decimal number, but was '" + Checks.shown(value)
                        + "'", e);
            }
        }
    }
}
