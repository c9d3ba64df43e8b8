package org.qualityloop.model.survey;

import org.qualityloop.model.internal.Checks;

/**
 * One respondent's importance and performance ratings for one attribute, the input of
 * importance–performance analysis (Martilla and James, "Importance-Performance Analysis", Journal
 * of Marketing 41(1), 1977). Both ratings are on a 1-to-{@code scale} scale. Immutable and
 * thread-safe.
 *
 * @param context who answered, when and about what, not null
 * @param attribute the attribute rated, not blank
 * @param importance how important the attribute is, 1 to {@code scale}
 * @param performance how well the service performs on it, 1 to {@code scale}
 * @param scale the scale's highest point, 3 to 11 (commonly 5 or 7)
 */
public record ImportancePerformance(SurveyContext context, String attribute, int importance, int performance, int scale) {

    /**
     * Validates the ratings.
     *
     * @param context who answered, when and about what, not null
     * @param attribute the attribute rated, not blank
     * @param importance how important the attribute is, 1 to {@code scale}
     * @param performance how well the service performs on it, 1 to {@code scale}
     * @param scale the scale's highest point, 3 to 11 (commonly 5 or 7)
     * @throws NullPointerException when the context or attribute is null
     * @throws IllegalArgumentException when the attribute is blank, the scale is outside 3–11 or a
     *     rating is outside 1 to {@code scale}
     */
    public ImportancePerformance {
        Checks.notNull(context, "context");
        Checks.notBlank(attribute, "attribute");
        Checks.between(scale, 3, 11, "scale");
        Checks.between(importance, 1, scale, "importance");
        Checks.between(performance, 1, scale, "performance");
    }
}
