package org.qualityloop.model.survey;

import org.qualityloop.model.internal.Checks;

/**
 * An answer to the Net Promoter question "How likely is it that you would recommend us to a friend
 * or colleague?" on the 0–10 scale (Reichheld, HBR 2003). Immutable and thread-safe.
 *
 * @param context who answered, when and about what, not null
 * @param score the answer, 0 to 10
 */
public record NpsResponse(SurveyContext context, int score) {

    /**
     * Validates the response.
     *
     * @param context who answered, when and about what, not null
     * @param score the answer, 0 to 10
     * @throws NullPointerException when the context is null
     * @throws IllegalArgumentException when the score is outside 0–10, for example
     *     {@code "score must be between 0 and 10, but was 11"}
     */
    public NpsResponse {
        Checks.notNull(context, "context");
        Checks.between(score, 0, 10, "score");
    }

    /**
     * Returns a response.
     *
     * @param context who answered, when and about what, not null
     * @param score the answer, 0 to 10
     * @return the response
     */
    public static NpsResponse of(SurveyContext context, int score) {
        return new NpsResponse(context, score);
    }

    /**
     * Returns the respondent's group: promoter (9–10), passive (7–8) or detractor (0–6).
     *
     * @return the group
     */
    public NpsCategory category() {
        return score >= 9 ? NpsCategory.PROMOTER : score >= 7 ? NpsCategory.PASSIVE : NpsCategory.DETRACTOR;
    }
}
