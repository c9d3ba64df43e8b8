package org.qualityloop.model.feedback;

import java.time.Instant;
import java.util.Optional;
import org.qualityloop.model.Severity;
import org.qualityloop.model.StageId;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.internal.Checks;

/**
 * A service failure (服務失誤): something that went wrong in delivering the service, of one
 * {@link ServiceFailureKind}, graded by severity, placed where it happened and, once analysed,
 * attributed to a {@link RootCauseCategory}. Immutable and thread-safe.
 *
 * @param kind the kind of failure, not null
 * @param severity how serious it is, not null
 * @param occurredAt when it happened, not null
 * @param stage the stage where it happened, if known
 * @param touchpoint the touchpoint where it happened, if known
 * @param rootCause the root-cause category, once analysed
 * @param description a short internal description, not blank; may not hold personal data and is
 *     not shown by {@link #toString()}
 */
public record ServiceFailure(
        ServiceFailureKind kind,
        Severity severity,
        Instant occurredAt,
        Optional<StageId> stage,
        Optional<TouchpointId> touchpoint,
        Optional<RootCauseCategory> rootCause,
        String description) {

    /**
     * Validates the failure.
     *
     * @param kind the kind of failure, not null
     * @param severity how serious it is, not null
     * @param occurredAt when it happened, not null
     * @param stage the stage where it happened, if known
     * @param touchpoint the touchpoint where it happened, if known
     * @param rootCause the root-cause category, once analysed
     * @param description a short internal description, not blank; may not hold personal data and is
     *     not shown by {@link #toString()}
     * @throws NullPointerException naming the field when an argument is null
     * @throws IllegalArgumentException when the description is blank
     */
    public ServiceFailure {
        Checks.notNull(kind, "kind");
        Checks.notNull(severity, "severity");
        Checks.notNull(occurredAt, "occurredAt");
        Checks.notNull(stage, "stage");
        Checks.notNull(touchpoint, "touchpoint");
        Checks.notNull(rootCause, "rootCause");
        Checks.notBlank(description, "description");
    }

    /**
     * Returns a failure not yet placed nor analysed.
     *
     * @param kind the kind, not null
     * @param severity the severity, not null
     * @param occurredAt when it happened, not null
     * @param description a short description, not blank
     * @return the failure
     */
    public static ServiceFailure of(ServiceFailureKind kind, Severity severity, Instant occurredAt, String description) {
        return new ServiceFailure(kind, severity, occurredAt, Optional.empty(), Optional.empty(), Optional.empty(),
                description);
    }

    /**
     * Returns a copy placed at a stage.
     *
     * @param value the stage, not null
     * @return the copy
     */
    public ServiceFailure atStage(StageId value) {
        return new ServiceFailure(kind, severity, occurredAt, Optional.of(Checks.notNull(value, "stage")), touchpoint,
                rootCause, description);
    }

    /**
     * Returns a copy placed at a touchpoint.
     *
     * @param value the touchpoint, not null
     * @return the copy
     */
    public ServiceFailure atTouchpoint(TouchpointId value) {
        return new ServiceFailure(kind, severity, occurredAt, stage, Optional.of(Checks.notNull(value, "touchpoint")),
                rootCause, description);
    }

    /**
     * Returns a copy attributed to a root-cause category.
     *
     * @param value the category, not null
     * @return the copy
     */
    public ServiceFailure withRootCause(RootCauseCategory value) {
        return new ServiceFailure(kind, severity, occurredAt, stage, touchpoint,
                Optional.of(Checks.notNull(value, "rootCause")), description);
    }

    /** Returns the classification and place, not the description. */
    @Override
    public String toString() {
        return "ServiceFailure[kind=" + kind + ", severity=" + severity + ", occurredAt=" + occurredAt
                + ", stage=" + stage.map(Object::toString).orElse("-")
                + ", touchpoint=" + touchpoint.map(Object::toString).orElse("-")
                + ", rootCause=" + rootCause.map(Object::toString).orElse("-") + "]";
    }
}
