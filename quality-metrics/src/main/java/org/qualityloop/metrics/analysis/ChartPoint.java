package org.qualityloop.metrics.analysis;

import org.qualityloop.model.internal.Checks;

/**
 * One plotted point of a control chart with the limits that apply to it (limits differ per
 * point when sample sizes vary).
 *
 * <p>Edge rule: a point exactly on a control limit is within the limits; only a point strictly
 * above the upper or strictly below the lower limit is {@linkplain #beyondLimits() beyond}.
 * With the lower limit truncated at zero, a zero count therefore never signals.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index the sample's position, from 0
 * @param value the plotted statistic
 * @param centre the centre line
 * @param sigma the standard deviation of the plotted statistic at this point (the limits are
 *     {@code centre ± 3 sigma} before truncation or capping), not negative; the run rules'
 *     zones are {@code centre ± 1 sigma} and {@code centre ± 2 sigma}
 * @param lowerLimit the lower control limit (attribute charts truncate it at 0)
 * @param upperLimit the upper control limit
 */
public record ChartPoint(
        int index, double value, double centre, double sigma, double lowerLimit,
        double upperLimit) {

    /**
     * Validates the fields.
     *
     * @param index the sample's position, from 0
     * @param value the plotted statistic
     * @param centre the centre line
     * @param sigma the standard deviation of the plotted statistic at this point (the limits are
     *     {@code centre ± 3 sigma} before truncation or capping), not negative; the run rules'
     *     zones are {@code centre ± 1 sigma} and {@code centre ± 2 sigma}
     * @param lowerLimit the lower control limit (attribute charts truncate it at 0)
     * @param upperLimit the upper control limit
     * @throws IllegalArgumentException if a value is not finite, the index or sigma is negative,
     *     or the
     *     limits are not ordered {@code lowerLimit <= centre <= upperLimit}
     */
    public ChartPoint {
        Checks.nonNegative(index, "index");
        Checks.finite(value, "value");
        Checks.between(sigma, 0.0, Double.MAX_VALUE, "sigma");
        Checks.finite(lowerLimit, "lowerLimit");
        Checks.between(centre, lowerLimit, Double.MAX_VALUE, "centre");
        Checks.between(upperLimit, centre, Double.MAX_VALUE, "upperLimit");
    }

    /**
     * Tells whether the point lies strictly outside the control limits (Western Electric rule 1,
     * Nelson rule 1).
     *
     * @return {@code true} if {@code value > upperLimit} or {@code value < lowerLimit}
     */
    public boolean beyondLimits() {
        return value > upperLimit || value < lowerLimit;
    }
}
