package org.qualityloop.examples.scenario;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.qualityloop.examples.internal.Valid;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.feedback.RootCauseCategory;
import org.qualityloop.model.feedback.ServiceFailureKind;

/**
 * What happens to a service case at one touchpoint of the process: how often the touchpoint is
 * used, how long it takes, how often it fails, and how likely the customer is to give feedback
 * about it. The simulator walks every case through the steps in the process's stage order.
 *
 * <p>Feedback about a step: after a failure with probability {@code complaintOnFailure}
 * (registered under {@code failureCategory}); else, when the step took longer than
 * {@code slowAfter}, with probability {@code complaintWhenSlow} (under {@code slowCategory});
 * else with probability {@code complaintOtherwise} (under {@code otherCategory}, or a category
 * drawn from the scenario's feedback mix). At most one piece of feedback per step and case.
 *
 * <p>Steps sharing a {@code group} are alternatives (such as buying a ticket in the app, at a
 * kiosk or at the counter): a case takes at most one of them, the first with probability
 * {@code use} of the first, the second with {@code use} of the second and so on; the uses of a
 * group must not add up to more than 1. Immutable.
 *
 * @param touchpoint the touchpoint, which must belong to the scenario's process
 * @param use the probability that a case uses the step, between 0 and 1
 * @param group the group of alternatives the step belongs to, if any; an identifier
 * @param duration how long the step takes, wall-clock time
 * @param failure the probability that the step fails, between 0 and 1
 * @param stopsOnFailure whether a failure ends the case's journey (a rejected approval)
 * @param failureCategory what a complaint about a failure is registered as
 * @param failureKind the kind of service failure diagnosed when such a complaint is resolved
 * @param rootCause the root-cause category of that failure
 * @param complaintOnFailure the probability of feedback after a failure, between 0 and 1
 * @param slowAfter the duration beyond which the step counts as slow, if any
 * @param slowCategory what a complaint about slowness is registered as
 * @param complaintWhenSlow the probability of feedback after a slow step, between 0 and 1
 * @param otherCategory the category of other feedback about the step; empty to draw one from the
 *     scenario's feedback mix
 * @param complaintOtherwise the probability of feedback after an ordinary step, between 0 and 1
 */
public record Step(TouchpointId touchpoint, double use, Optional<String> group, LogNormal duration, double failure,
        boolean stopsOnFailure, FeedbackCategory failureCategory, ServiceFailureKind failureKind,
        RootCauseCategory rootCause, double complaintOnFailure, Optional<Duration> slowAfter,
        FeedbackCategory slowCategory, double complaintWhenSlow, Optional<FeedbackCategory> otherCategory,
        double complaintOtherwise) {

    /**
     * Validates the step.
     *
     * @param touchpoint the touchpoint, which must belong to the scenario's process
     * @param use the probability that a case uses the step, between 0 and 1
     * @param group the group of alternatives the step belongs to, if any; an identifier
     * @param duration how long the step takes, wall-clock time
     * @param failure the probability that the step fails, between 0 and 1
     * @param stopsOnFailure whether a failure ends the case's journey (a rejected approval)
     * @param failureCategory what a complaint about a failure is registered as
     * @param failureKind the kind of service failure diagnosed when such a complaint is resolved
     * @param rootCause the root-cause category of that failure
     * @param complaintOnFailure the probability of feedback after a failure, between 0 and 1
     * @param slowAfter the duration beyond which the step counts as slow, if any
     * @param slowCategory what a complaint about slowness is registered as
     * @param complaintWhenSlow the probability of feedback after a slow step, between 0 and 1
     * @param otherCategory the category of other feedback about the step; empty to draw one from
     *     the
     *     scenario's feedback mix
     * @param complaintOtherwise the probability of feedback after an ordinary step, between 0 and 1
     * @throws IllegalArgumentException when a probability is outside 0–1 or a duration is not
     *     positive
     */
    public Step {
        Objects.requireNonNull(touchpoint, "touchpoint");
        Valid.probability(use, "use");
        Objects.requireNonNull(group, "group");
        group.ifPresent(g -> Valid.code(g, "group"));
        Objects.requireNonNull(duration, "duration");
        Valid.probability(failure, "failure");
        Objects.requireNonNull(failureCategory, "failureCategory");
        Objects.requireNonNull(failureKind, "failureKind");
        Objects.requireNonNull(rootCause, "rootCause");
        Valid.probability(complaintOnFailure, "complaintOnFailure");
        Objects.requireNonNull(slowAfter, "slowAfter");
        slowAfter.ifPresent(d -> Valid.positive(d, "slowAfter"));
        Objects.requireNonNull(slowCategory, "slowCategory");
        Valid.probability(complaintWhenSlow, "complaintWhenSlow");
        Objects.requireNonNull(otherCategory, "otherCategory");
        Valid.probability(complaintOtherwise, "complaintOtherwise");
    }

    /**
     * Starts a step: always used, no failures, no feedback, taking {@code duration}.
     *
     * @param touchpoint the touchpoint's id
     * @param duration how long it takes
     * @return a builder
     */
    public static Builder at(String touchpoint, LogNormal duration) {
        return new Builder(TouchpointId.of(touchpoint), duration);
    }

    /**
     * A copy taking longer or shorter.
     *
     * @param factor the factor every duration is multiplied by, positive
     * @return the copy
     */
    public Step withDurationScaled(double factor) {
        return new Step(touchpoint, use, group, duration.scaled(factor), failure, stopsOnFailure, failureCategory,
                failureKind, rootCause, complaintOnFailure, slowAfter, slowCategory, complaintWhenSlow,
                otherCategory, complaintOtherwise);
    }

    /**
     * A copy failing more or less often.
     *
     * @param factor the factor the failure probability is multiplied by, not negative; the
     *     result is capped at 1
     * @return the copy
     */
    public Step withFailureScaled(double factor) {
        Valid.nonNegative(factor, "factor");
        return new Step(touchpoint, use, group, duration, Math.min(1.0, failure * factor), stopsOnFailure,
                failureCategory, failureKind, rootCause, complaintOnFailure, slowAfter, slowCategory,
                complaintWhenSlow, otherCategory, complaintOtherwise);
    }

    /** Builds a {@link Step}. Mutable, not thread-safe. */
    public static final class Builder {
        private final TouchpointId touchpoint;
        private final LogNormal duration;
        private double use = 1.0;
        private String group;
        private double failure;
        private boolean stopsOnFailure;
        private FeedbackCategory failureCategory = FeedbackCategory.TECHNICAL_ISSUE;
        private ServiceFailureKind failureKind = ServiceFailureKind.SYSTEM;
        private RootCauseCategory rootCause = RootCauseCategory.MACHINE;
        private double complaintOnFailure;
        private Duration slowAfter;
        private FeedbackCategory slowCategory = FeedbackCategory.PROCESS_SUGGESTION;
        private double complaintWhenSlow;
        private FeedbackCategory otherCategory;
        private double complaintOtherwise;

        private Builder(TouchpointId touchpoint, LogNormal duration) {
            this.touchpoint = touchpoint;
            this.duration = duration;
        }

        /**
         * Sets the probability of using the step.
         *
         * @param value 0–1
         * @return this builder
         */
        public Builder use(double value) {
            this.use = value;
            return this;
        }

        /**
         * Makes the step one of a group of alternatives.
         *
         * @param value the group's name, an identifier
         * @return this builder
         */
        public Builder group(String value) {
            this.group = value;
            return this;
        }

        /**
         * Sets how often the step fails and what a complaint about it is.
         *
         * @param probability the failure probability, 0–1
         * @param category the category of a complaint about the failure
         * @param kind the kind of service failure
         * @param cause the root-cause category
         * @param complaint the probability of feedback after a failure, 0–1
         * @return this builder
         */
        public Builder failure(double probability, String category, ServiceFailureKind kind, RootCauseCategory cause,
                double complaint) {
            this.failure = probability;
            this.failureCategory = FeedbackCategory.of(category);
            this.failureKind = kind;
            this.rootCause = cause;
            this.complaintOnFailure = complaint;
            return this;
        }

        /**
         * Makes a failure end the case's journey.
         *
         * @return this builder
         */
        public Builder stopsOnFailure() {
            this.stopsOnFailure = true;
            return this;
        }

        /**
         * Sets when the step is slow and how likely a complaint then is.
         *
         * @param after the duration beyond which it is slow, ISO-8601
         * @param category the category of a complaint about slowness
         * @param complaint the probability of feedback, 0–1
         * @return this builder
         */
        public Builder slow(String after, String category, double complaint) {
            this.slowAfter = Duration.parse(after);
            this.slowCategory = FeedbackCategory.of(category);
            this.complaintWhenSlow = complaint;
            return this;
        }

        /**
         * Sets the probability and category of other feedback about the step.
         *
         * @param category the category, or null to draw one from the scenario's mix
         * @param probability 0–1
         * @return this builder
         */
        public Builder otherwise(String category, double probability) {
            this.otherCategory = category == null ? null : FeedbackCategory.of(category);
            this.complaintOtherwise = probability;
            return this;
        }

        /**
         * Builds the step.
         *
         * @return the step
         */
        public Step build() {
            return new Step(touchpoint, use, Optional.ofNullable(group), duration, failure, stopsOnFailure,
                    failureCategory, failureKind, rootCause, complaintOnFailure, Optional.ofNullable(slowAfter),
                    slowCategory, complaintWhenSlow, Optional.ofNullable(otherCategory), complaintOtherwise);
        }
    }
}
