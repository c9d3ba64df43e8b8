package org.qualityloop.insight;

import org.qualityloop.metrics.Interval;

/**
 * Confidence levels of the intervals the analyses give: validation and the normal quantile
 * {@code z} of a two-sided interval, {@code Φ⁻¹((1 + level) / 2)}, by Wichura's algorithm AS 241
 * (PPND16, Applied Statistics 37(3), 1988), accurate to about 1 part in 10<sup>16</sup>. The z of a
 * level is read from the upper tail, {@code −Φ⁻¹((1 − level) / 2)}: {@code 1 − level} is exact in
 * floating point for every level from 0.5 to 1, where {@code (1 + level) / 2} rounds away the
 * tail of a level close to 1 (at 1 − 10<sup>−12</sup> that cost z its sixth significant digit, and
 * at the largest level below 1 it rounds to exactly 1, whose quantile is not a number).
 */
final class Confidence {

    /** The level of the intervals {@code quality-metrics} gives, and the default here. */
    static final double DEFAULT_LEVEL = 0.95;
    /** z of a two-sided 95 % interval, as {@code quality-metrics} uses it. */
    static final double Z_975 = 1.959963984540054;

    private Confidence() {
    }

    /**
     * Checks a confidence level.
     *
     * @param level the level
     * @return the level
     * @throws IllegalArgumentException when the level is not at least 0.5 and below 1
     */
    static double check(double level) {
        if (!(level >= 0.5 && level < 1)) {
            throw new IllegalArgumentException("level must be at least 0.5 and below 1, but was " + level);
        }
        return level;
    }

    /**
     * The z of a two-sided interval at a level.
     *
     * @param level the level, checked
     * @return {@code Φ⁻¹((1 + level) / 2)}, computed as {@code −Φ⁻¹((1 − level) / 2)}, whose
     *     argument is exact; exactly {@link #Z_975} at 0.95
     */
    static double z(double level) {
        check(level);
        return level == DEFAULT_LEVEL ? Z_975 : -quantile((1 - level) / 2);
    }

    /**
     * The Wilson score interval of a proportion.
     *
     * @param successes the successes, 0 to {@code n}
     * @param n the trials, positive
     * @param z the normal quantile of the level
     * @return the interval, within [0, 1]
     */
    static Interval wilson(long successes, long n, double z) {
        double p = (double) successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(Math.max(0.0, centre - half), Math.min(1.0, centre + half));
    }

    /**
     * The standard normal quantile, AS 241's PPND16.
     *
     * @param p the probability, strictly between 0 and 1
     * @return {@code Φ⁻¹(p)}
     */
    static double quantile(double p) {
        double q = p - 0.5;
        if (Math.abs(q) <= 0.425) {
            double r = 0.180625 - q * q;
            return q * (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r
                    + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r
                    + 133.14166789178437745) * r + 3.387132872796366608)
                    / (((((((5226.495278852545925 * r + 28729.085735721942674) * r + 39307.89580009271061) * r
                    + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r
                    + 42.313330701600911252) * r + 1.0);
        }
        double r = q < 0 ? p : 1 - p;
        r = Math.sqrt(-Math.log(r));
        double x;
        if (r <= 5) {
            r -= 1.6;
            x = (((((((7.7454501427834140764e-4 * r + 0.0227238449892691845833) * r + 0.24178072517745061177) * r
                    + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r
                    + 4.6303378461565452959) * r + 1.42343711074968357734)
                    / (((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r
                    + 0.0151986665636164571966) * r + 0.14810397642748007459) * r + 0.68976733498510000455) * r
                    + 1.6763848301838038494) * r + 2.05319162663775882187) * r + 1.0);
        } else {
            r -= 5;
            x = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r
                    + 0.0012426609473880784386) * r + 0.026532189526576123093) * r + 0.29656057182850489123) * r
                    + 1.7848265399172913358) * r + 5.4637849111641143699) * r + 6.6579046435011037772)
                    / (((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r
                    + 1.8463183175100546818e-5) * r + 7.868691311456132591e-4) * r + 0.0148753612908506148525) * r
                    + 0.13692988092273580531) * r + 0.59983220655588793769) * r + 1.0);
        }
        return q < 0 ? -x : x;
    }
}
