package org.qualityloop.model.survey;

/**
 * The five answers to a Kano question pair ("How do you feel if the feature is present / absent?"),
 * after N. Kano et al., "Attractive Quality and Must-Be Quality", Journal of the Japanese Society
 * for Quality Control 14(2), 1984.
 */
public enum KanoAnswer {
    /** "I like it that way." */
    LIKE,
    /** "It must be that way." */
    MUST_BE,
    /** "I am neutral." */
    NEUTRAL,
    /** "I can live with it that way." */
    LIVE_WITH,
    /** "I dislike it that way." */
    DISLIKE
}
