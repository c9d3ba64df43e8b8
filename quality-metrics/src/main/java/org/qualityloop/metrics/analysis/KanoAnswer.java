package org.qualityloop.metrics.analysis;

/**
 * The five answers to a Kano question pair ("How do you feel if the feature is present?" and
 * "... if it is absent?"), in the wording of Berger et al. (1993).
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
