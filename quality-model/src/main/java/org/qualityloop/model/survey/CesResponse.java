package org.qualityloop.model.survey;

import org.qualityloop.model.internal.Checks;

/**
 * An answer to a Customer Effort Score question on a {@link CesScale}: 1–7 by default
 * ({@link CesScale#AGREEMENT_7}), or 1–5 on the original effort form. Immutable and thread-safe.
 *
 * @param context who answered, when and about what, not null
 * @param scale the question's scale, not null
 * @param score the answer, between 1 and the scale's maximum
 */
public record CesResponse(SurveyContext context, CesScale scale, int score) {

    /**
     * Validates the response.
     *
     * @param context who answered, when and about what, not null
     * @param scale the question's scale, not null
     * @param score the answer, between 1 and the scale's maximum
     * @throws NullPointerException naming the field when an argument is null
     * @throws IllegalArgumentException when the score is outside the scale, for example
     *     {@code "score must be between 1 and 7, but was 8"}
     */
    public CesResponse {
        Checks.notNull(context, "context");
        Checks.notNull(scale, "scale");
        Checks.between(score, scale.min(), scale.max(), "score");
    }

    /**
     * Returns a response on the default 1–7 scale.
     *
     * @param context who answered, when and about what, not null
     * @param score the answer, 1 to 7
     * @return the response
     */
    public static CesResponse of(SurveyContext context, int score) {
        return new CesResponse(context, CesScale.AGREEMENT_7, score);
    }

    /**
     * Returns a response on the given scale.
     *
     * @param context who answered, when and about what, not null
     * @param scale the scale, not null
     * @param score the answer, within the scale
     * @return the response
     */
    public static CesResponse of(SurveyContext context, CesScale scale, int score) {
        return new CesResponse(context, scale, score);
    }
}
