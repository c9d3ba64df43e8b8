package org.qualityloop.model.survey;

/**
 * The scale of a Customer Effort Score question. The 7-point form ("The company made it easy for me
 * to handle my issue", 1 = strongly disagree, 7 = strongly agree) is the CEB's CES 2.0 and the
 * default; the original 5-point form asked "How much effort did you personally have to put forth?"
 * (1 = very low effort, 5 = very high effort); see Dixon, Freeman and Toman, "Stop Trying to Delight
 * Your Customers", Harvard Business Review, July 2010. Note that the two forms point in opposite
 * directions: high is good on the 7-point form and bad on the 5-point form.
 */
public enum CesScale {
    /** CES 2.0: agreement that handling was easy, 1 to 7; higher is better. */
    AGREEMENT_7(7, true),
    /** The original effort question, 1 to 5; lower is better. */
    EFFORT_5(5, false);

    private final int max;
    private final boolean higherIsBetter;

    CesScale(int max, boolean higherIsBetter) {
        this.max = max;
        this.higherIsBetter = higherIsBetter;
    }

    /**
     * Returns the lowest answer, always 1.
     *
     * @return 1
     */
    public int min() {
        return 1;
    }

    /**
     * Returns the highest answer.
     *
     * @return 7 or 5
     */
    public int max() {
        return max;
    }

    /**
     * Tells whether a higher answer means less effort.
     *
     * @return true for {@link #AGREEMENT_7}
     */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }
}
