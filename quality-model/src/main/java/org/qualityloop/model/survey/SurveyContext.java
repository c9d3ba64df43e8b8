package org.qualityloop.model.survey;

import java.time.Instant;
import java.util.Optional;
import org.qualityloop.model.Channel;
import org.qualityloop.model.CustomerId;
import org.qualityloop.model.StageId;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.internal.Checks;

/**
 * Who answered a survey, when, and what part of the service the answer is about. The respondent is
 * the pseudonymous {@link CustomerId}; surveys carry no personal data. Immutable and thread-safe.
 *
 * @param respondent the customer who answered, not null
 * @param answeredAt when the answer was given, not null
 * @param stage the stage the answer is about, if any
 * @param touchpoint the touchpoint the answer is about, if any
 * @param channel the channel the survey was answered on or is about, if any
 */
public record SurveyContext(
        CustomerId respondent,
        Instant answeredAt,
        Optional<StageId> stage,
        Optional<TouchpointId> touchpoint,
        Optional<Channel> channel) {

    /**
     * Validates the context.
     *
     * @param respondent the customer who answered, not null
     * @param answeredAt when the answer was given, not null
     * @param stage the stage the answer is about, if any
     * @param touchpoint the touchpoint the answer is about, if any
     * @param channel the channel the survey was answered on or is about, if any
     * @throws NullPointerException naming the field when an argument is null
     */
    public SurveyContext {
        Checks.notNull(respondent, "respondent");
        Checks.notNull(answeredAt, "answeredAt");
        Checks.notNull(stage, "stage");
        Checks.notNull(touchpoint, "touchpoint");
        Checks.notNull(channel, "channel");
    }

    /**
     * Returns a context about the service as a whole.
     *
     * @param respondent who answered, not null
     * @param answeredAt when, not null
     * @return the context
     */
    public static SurveyContext of(CustomerId respondent, Instant answeredAt) {
        return new SurveyContext(respondent, answeredAt, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Returns a copy about the given stage.
     *
     * @param value the stage, not null
     * @return the copy
     */
    public SurveyContext atStage(StageId value) {
        return new SurveyContext(respondent, answeredAt, Optional.of(Checks.notNull(value, "stage")), touchpoint,
                channel);
    }

    /**
     * Returns a copy about the given touchpoint.
     *
     * @param value the touchpoint, not null
     * @return the copy
     */
    public SurveyContext atTouchpoint(TouchpointId value) {
        return new SurveyContext(respondent, answeredAt, stage, Optional.of(Checks.notNull(value, "touchpoint")),
                channel);
    }

    /**
     * Returns a copy on the given channel.
     *
     * @param value the channel, not null
     * @return the copy
     */
    public SurveyContext via(Channel value) {
        return new SurveyContext(respondent, answeredAt, stage, touchpoint,
                Optional.of(Checks.notNull(value, "channel")));
    }
}
