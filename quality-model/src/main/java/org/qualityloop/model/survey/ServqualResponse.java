package org.qualityloop.model.survey;

import org.qualityloop.model.internal.Checks;

/**
 * One respondent's expectation and perception for one SERVQUAL item, both on the 1–7 scale of
 * Parasuraman, Zeithaml and Berry (1988). The item's gap score is perception minus expectation;
 * a negative gap means the service fell short. Immutable and thread-safe.
 *
 * @param context who answered, when and about what, not null
 * @param item the item's code or wording, for example {@code "reliability-1"}, not blank
 * @param dimension the dimension the item belongs to, not null
 * @param expectation what an excellent service would do, 1 to 7
 * @param perception what this service did, 1 to 7
 */
public record ServqualResponse(
        SurveyContext context, String item, ServqualDimension dimension, int expectation, int perception) {

    /**
     * Validates the response.
     *
     * @param context who answered, when and about what, not null
     * @param item the item's code or wording, for example {@code "reliability-1"}, not blank
     * @param dimension the dimension the item belongs to, not null
     * @param expectation what an excellent service would do, 1 to 7
     * @param perception what this service did, 1 to 7
     * @throws NullPointerException naming the field when an argument is null
     * @throws IllegalArgumentException when the item is blank or a score is outside 1–7
     */
    public ServqualResponse {
        Checks.notNull(context, "context");
        Checks.notBlank(item, "item");
        Checks.notNull(dimension, "dimension");
        Checks.between(expectation, 1, 7, "expectation");
        Checks.between(perception, 1, 7, "perception");
    }

    /**
     * Returns the gap score: perception minus expectation, from −6 to 6.
     *
     * @return the gap
     */
    public int gap() {
        return perception - expectation;
    }
}
