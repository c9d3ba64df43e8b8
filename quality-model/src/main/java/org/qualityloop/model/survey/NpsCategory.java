package org.qualityloop.model.survey;

/**
 * The three groups of Net Promoter Score respondents (F. F. Reichheld, "The One Number You Need to
 * Grow", Harvard Business Review, December 2003): promoters answer 9–10, passives 7–8, detractors
 * 0–6.
 */
public enum NpsCategory {
    /** Scores 0 to 6. */
    DETRACTOR,
    /** Scores 7 and 8. */
    PASSIVE,
    /** Scores 9 and 10. */
    PROMOTER
}
