package org.qualityloop.metrics.analysis;

import java.util.Objects;
import org.qualityloop.model.survey.KanoAnswer;

/**
 * The Kano categories and the standard evaluation table that assigns one to each answer pair
 * (Berger et al., "Kano's methods for understanding customer-defined quality", Center for
 * Quality Management Journal 2(4), 1993):
 *
 * <pre>
 * functional \ dysfunctional   LIKE  MUST_BE  NEUTRAL  LIVE_WITH  DISLIKE
 * LIKE                          Q     A        A        A          O
 * MUST_BE                       R     I        I        I          M
 * NEUTRAL                       R     I        I        I          M
 * LIVE_WITH                     R     I        I        I          M
 * DISLIKE                       R     R        R        R          Q
 * </pre>
 */
public enum KanoCategory {
    /** A: delights when present, not missed when absent. */
    ATTRACTIVE,
    /** O: satisfaction rises with presence and falls with absence. */
    ONE_DIMENSIONAL,
    /** M: expected; absence dissatisfies, presence goes unnoticed. */
    MUST_BE,
    /** I: makes no difference either way. */
    INDIFFERENT,
    /** R: the respondent wants the opposite. */
    REVERSE,
    /** Q: contradictory answers (e.g. likes both presence and absence). */
    QUESTIONABLE;

    /**
     * Classifies one respondent's answer pair with the evaluation table above.
     *
     * @param functional the answer when the feature is present, not null
     * @param dysfunctional the answer when the feature is absent, not null
     * @return the category
     */
    public static KanoCategory evaluate(KanoAnswer functional, KanoAnswer dysfunctional) {
        Objects.requireNonNull(functional, "functional");
        Objects.requireNonNull(dysfunctional, "dysfunctional");
        return switch (functional) {
            case LIKE -> switch (dysfunctional) {
                case LIKE -> QUESTIONABLE;
                case DISLIKE -> ONE_DIMENSIONAL;
                default -> ATTRACTIVE;
            };
            case MUST_BE, NEUTRAL, LIVE_WITH -> switch (dysfunctional) {
                case LIKE -> REVERSE;
                case DISLIKE -> MUST_BE;
                default -> INDIFFERENT;
            };
            case DISLIKE -> dysfunctional == KanoAnswer.DISLIKE ? QUESTIONABLE : REVERSE;
        };
    }
}
