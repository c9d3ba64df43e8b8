package org.qualityloop.examples.scenario;

import java.util.Objects;
import java.util.Optional;
import org.qualityloop.model.StageId;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.sla.SlaTarget;

/**
 * What a scenario KPI measures: a {@link MeasureKind}, where (a stage or a touchpoint), which SLA
 * target, and for times which statistic. Immutable.
 *
 * @param kind what is measured, not null
 * @param stage the stage, for stage-scoped kinds
 * @param touchpoint the touchpoint, for touchpoint-scoped kinds
 * @param target the SLA target, for {@link MeasureKind#SLA_COMPLIANCE}
 * @param statistic how a time is summarised; {@link Statistic#MEAN} for other kinds
 */
public record Measure(MeasureKind kind, Optional<StageId> stage, Optional<TouchpointId> touchpoint,
        Optional<SlaTarget> target, Statistic statistic) {

    /**
     * Validates the measure.
     *
     * @param kind what is measured, not null
     * @param stage the stage, for stage-scoped kinds
     * @param touchpoint the touchpoint, for touchpoint-scoped kinds
     * @param target the SLA target, for {@link MeasureKind#SLA_COMPLIANCE}
     * @param statistic how a time is summarised; {@link Statistic#MEAN} for other kinds
     * @throws IllegalArgumentException when a scope the kind needs is missing or one it does not
     *     take is given
     */
    public Measure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(touchpoint, "touchpoint");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(statistic, "statistic");
        switch (kind) {
            case STAGE_TIME -> require(stage.isPresent() && touchpoint.isEmpty(), kind, "a stage and no touchpoint");
            case STEP_TIME -> require(touchpoint.isPresent() && stage.isEmpty(), kind, "a touchpoint and no stage");
            case SUCCESS_RATE -> require(stage.isPresent() != touchpoint.isPresent(), kind,
                    "either a stage or a touchpoint");
            case COMPLAINT_RATE, CSAT, CES, NPS -> require(stage.isEmpty() || touchpoint.isEmpty(), kind,
                    "a stage, a touchpoint or neither, not both");
            case SLA_COMPLIANCE -> require(target.isPresent(), kind, "an SLA target");
            default -> require(stage.isEmpty() && touchpoint.isEmpty(), kind, "no stage and no touchpoint");
        }
        if (kind != MeasureKind.SLA_COMPLIANCE && target.isPresent()) {
            throw new IllegalArgumentException("target must be empty for measure " + kind + ", but was "
                    + target.get());
        }
        if (kind.kind() != MeasureKind.Kind.TIME && statistic != Statistic.MEAN) {
            throw new IllegalArgumentException("statistic must be MEAN for measure " + kind + ", but was " + statistic);
        }
        if ((kind == MeasureKind.CES || kind == MeasureKind.NPS) && touchpoint.isPresent()) {
            throw new IllegalArgumentException("touchpoint must be empty for measure " + kind + ", but was "
                    + touchpoint.get());
        }
    }

    private static void require(boolean ok, MeasureKind kind, String what) {
        if (!ok) {
            throw new IllegalArgumentException("measure " + kind + " needs " + what);
        }
    }

    /**
     * A measure over the whole service.
     *
     * @param kind the kind
     * @return the measure
     */
    public static Measure of(MeasureKind kind) {
        return new Measure(kind, Optional.empty(), Optional.empty(), Optional.empty(), Statistic.MEAN);
    }

    /**
     * A measure at a stage.
     *
     * @param kind the kind
     * @param stage the stage's id
     * @return the measure
     */
    public static Measure atStage(MeasureKind kind, String stage) {
        return new Measure(kind, Optional.of(StageId.of(stage)), Optional.empty(), Optional.empty(), Statistic.MEAN);
    }

    /**
     * A measure at a touchpoint.
     *
     * @param kind the kind
     * @param touchpoint the touchpoint's id
     * @return the measure
     */
    public static Measure atTouchpoint(MeasureKind kind, String touchpoint) {
        return new Measure(kind, Optional.empty(), Optional.of(TouchpointId.of(touchpoint)), Optional.empty(),
                Statistic.MEAN);
    }

    /**
     * The compliance with an SLA target.
     *
     * @param target the target
     * @return the measure
     */
    public static Measure sla(SlaTarget target) {
        return new Measure(MeasureKind.SLA_COMPLIANCE, Optional.empty(), Optional.empty(), Optional.of(target),
                Statistic.MEAN);
    }

    /**
     * A copy with another statistic, for time measures.
     *
     * @param value the statistic
     * @return the copy
     */
    public Measure with(Statistic value) {
        return new Measure(kind, stage, touchpoint, target, value);
    }

    /**
     * A short description, such as {@code "STAGE_TIME reimbursement (MEAN)"}.
     *
     * @return the description
     */
    public String describe() {
        StringBuilder b = new StringBuilder(kind.name());
        stage.ifPresent(s -> b.append(' ').append(s));
        touchpoint.ifPresent(t -> b.append(' ').append(t));
        target.ifPresent(t -> b.append(' ').append(t));
        if (kind.kind() == MeasureKind.Kind.TIME) {
            b.append(" (").append(statistic).append(')');
        }
        return b.toString();
    }
}
