package org.qualityloop.model.survey;

import org.qualityloop.model.internal.Checks;

/**
 * An answer to a customer-satisfaction (CSAT) question on the 1–5 scale, 1 = very dissatisfied,
 * 5 = very satisfied. Immutable and thread-safe.
 *
 * @param context who answered, when and about what, not null
 * @param score the answer, 1 to 5
 */
public record CsatResponse(SurveyContext context, int score) {

    /**
     * Validates the response.
     *
     * @param context who answered, when and about what, not null
     * @param score the answer, 1 to 5
     * @throws NullPointerException when the context is null
     * @throws IllegalArgumentException when the score is outside 1–5
     */
    public CsatResponse {
        Checks.notNull(context, "context");
        Checks.between(score, 1, 5, "score");
    }

    /**
     * Returns a response.
     *
     * @param context who answered, when and about what, not null
     * @param score the answer, 1 to 5
     * @return the response
     */
    public static CsatResponse of(SurveyContext context, int score) {
        return new CsatResponse(context, score);
    }

    /**
     * Tells whether the respondent is satisfied, that is, answered 4 or 5 (the "top-two-box"
     * convention used for CSAT percentages).
     *
     * @return true for a score of 4 or 5
     */
    public boolean satisfied() {
        return score >= 4;
    }
}
