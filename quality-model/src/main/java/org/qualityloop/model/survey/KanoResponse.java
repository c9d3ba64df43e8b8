package org.qualityloop.model.survey;

import org.qualityloop.model.internal.Checks;

/**
 * One respondent's Kano answers for one attribute: the functional answer (attribute present) and
 * the dysfunctional answer (attribute absent). Classification into must-be, performance,
 * attractive, indifferent, reverse or questionable is done by the metrics module. Immutable and
 * thread-safe.
 *
 * @param context who answered, when and about what, not null
 * @param attribute the attribute asked about, for example {@code "ai-itinerary-suggestions"}, not blank
 * @param functional the answer when the attribute is present, not null
 * @param dysfunctional the answer when the attribute is absent, not null
 */
public record KanoResponse(SurveyContext context, String attribute, KanoAnswer functional, KanoAnswer dysfunctional) {

    /**
     * Validates the response.
     *
     * @param context who answered, when and about what, not null
     * @param attribute the attribute asked about, for example {@code "ai-itinerary-suggestions"},
     *     not blank
     * @param functional the answer when the attribute is present, not null
     * @param dysfunctional the answer when the attribute is absent, not null
     * @throws NullPointerException naming the field when an argument is null
     * @throws IllegalArgumentException when the attribute is blank
     */
    public KanoResponse {
        Checks.notNull(context, "context");
        Checks.notBlank(attribute, "attribute");
        Checks.notNull(functional, "functional");
        Checks.notNull(dysfunctional, "dysfunctional");
    }
}
