package org.qualityloop.examples.scenario;

import java.util.Map;
import java.util.Objects;
import org.qualityloop.examples.internal.Valid;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.Severity;

/**
 * Where feedback comes from besides the steps, and how it arrives: the rate of general feedback
 * per case (suggestions, questions, praise) with its category mix, the severity of ordinary
 * feedback and of complaints about a failure, the channels customers use, the delay between
 * the experience and the feedback, and the share that is invalid or spam (rejected at the first
 * contact with a reason, never dropped). Immutable.
 *
 * @param generalRate the probability that a case gives general feedback, between 0 and 1
 * @param categories the category mix of general feedback and of step feedback without its own
 *     category; at least one
 * @param severities the severity mix of ordinary feedback; at least one
 * @param failureSeverities the severity mix of complaints about a failure; at least one
 * @param channels the channels feedback arrives on; at least one
 * @param delay the wall-clock time from the experience to the feedback
 * @param invalidShare the share of feedback that is invalid or spam, between 0 and 1
 */
public record FeedbackMix(double generalRate, Map<FeedbackCategory, Double> categories,
        Map<Severity, Double> severities, Map<Severity, Double> failureSeverities, Map<Channel, Double> channels,
        LogNormal delay, double invalidShare) {

    /**
     * Validates and copies the components.
     *
     * @param generalRate the probability that a case gives general feedback, between 0 and 1
     * @param categories the category mix of general feedback and of step feedback without its own
     *     category; at least one
     * @param severities the severity mix of ordinary feedback; at least one
     * @param failureSeverities the severity mix of complaints about a failure; at least one
     * @param channels the channels feedback arrives on; at least one
     * @param delay the wall-clock time from the experience to the feedback
     * @param invalidShare the share of feedback that is invalid or spam, between 0 and 1
     * @throws IllegalArgumentException when a probability or weight is out of range or a mix is
     *     empty
     */
    public FeedbackMix {
        Valid.probability(generalRate, "generalRate");
        categories = Valid.weights(categories, "categories", false);
        severities = Valid.weights(severities, "severities", false);
        failureSeverities = Valid.weights(failureSeverities, "failureSeverities", false);
        channels = Valid.weights(channels, "channels", false);
        Objects.requireNonNull(delay, "delay");
        Valid.probability(invalidShare, "invalidShare");
    }
}
