package org.qualityloop.metrics;

import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.survey.CesScale;

/**
 * The two published forms of the Customer Effort Score question; they are on different scales
 * and run in opposite directions, so a CES value is meaningless without its form.
 */
public enum CesForm {

    /**
     * The original form (Dixon, Freeman and Toman, "Stop Trying to Delight Your Customers",
     * Harvard Business Review, 2010): "How much effort did you personally have to put forth to
     * handle your request?", answered 1 (very low effort) to 5 (very high effort). Lower is
     * better; reported as the mean.
     */
    EFFORT_1_TO_5(1, 5),

    /**
     * CES 2.0 (Dixon, Toman and DeLisi, The Effortless Experience, 2013): agreement with "The
     * company made it easy for me to handle my issue", 1 (strongly disagree) to 7 (strongly
     * agree). Higher is better; reported as the mean and as the share answering 5–7.
     */
    AGREEMENT_1_TO_7(1, 7);

    private final int min;
    private final int max;

    CesForm(int min, int max) {
        this.min = min;
        this.max = max;
    }

    /**
     * Returns the lowest answer of this form's scale.
     *
     * @return the scale minimum
     */
    public int min() {
        return min;
    }

    /**
     * Returns the highest answer of this form's scale.
     *
     * @return the scale maximum
     */
    public int max() {
        return max;
    }

    /**
     * Returns the survey-model scale on which this form is asked: {@link CesScale#EFFORT_5} for
     * {@link #EFFORT_1_TO_5}, {@link CesScale#AGREEMENT_7} for {@link #AGREEMENT_1_TO_7}.
     *
     * @return the matching scale
     */
    public CesScale scale() {
        return switch (this) {
            case EFFORT_1_TO_5 -> CesScale.EFFORT_5;
            case AGREEMENT_1_TO_7 -> CesScale.AGREEMENT_7;
        };
    }

    /**
     * Returns the form asked on the given survey-model scale; the inverse of {@link #scale()}.
     *
     * @param scale the scale, not null
     * @return the matching form
     */
    public static CesForm of(CesScale scale) {
        return switch (Checks.notNull(scale, "scale")) {
            case EFFORT_5 -> EFFORT_1_TO_5;
            case AGREEMENT_7 -> AGREEMENT_1_TO_7;
        };
    }
}
