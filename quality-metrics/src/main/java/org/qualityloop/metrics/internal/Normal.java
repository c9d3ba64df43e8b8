package org.qualityloop.metrics.internal;

/**
 * The standard normal distribution function, computed from the complementary error function
 * {@code erfc(x) = Q(1/2, x^2)} (the regularized upper incomplete gamma function), evaluated by
 * its power series below {@code x^2 < 1.5} and by a Lentz continued fraction above; see
 * Abramowitz and Stegun, Handbook of Mathematical Functions, 6.5.29, 6.5.31 and 7.1.2. Relative
 * accuracy is close to double precision, tails included.
 *
 * <p>Stateless and thread-safe.
 */
public final class Normal {

    /** The 0.975 quantile of the standard normal distribution, for 95 % two-sided intervals. */
    public static final double Z_975 = 1.959963984540054;

    private static final double LN_GAMMA_HALF = 0.5 * Math.log(Math.PI);
    private static final double EPS = 1e-16;
    private static final double TINY = 1e-300;
    private static final int MAX_ITERATIONS = 500;

    private Normal() {
    }

    /**
     * Returns {@code P(Z <= z)} for a standard normal {@code Z}.
     *
     * @param z any finite value
     * @return the probability, in {@code [0, 1]}
     */
    public static double cdf(double z) {
        if (z < 0) {
            return 0.5 * erfc(-z / Math.sqrt(2.0));
        }
        return 1.0 - 0.5 * erfc(z / Math.sqrt(2.0));
    }

    /**
     * Returns the two-sided p-value {@code P(|Z| >= |z|)}.
     *
     * @param z the observed statistic
     * @return the p-value, in {@code [0, 1]}
     */
    public static double twoSidedP(double z) {
        return Math.min(1.0, erfc(Math.abs(z) / Math.sqrt(2.0)));
    }

    /**
     * Returns the complementary error function for {@code x >= 0}.
     *
     * @param x a non-negative value
     * @return {@code erfc(x)}
     */
    static double erfc(double x) {
        double a = 0.5;
        double t = x * x;
        if (t == 0.0) {
            return 1.0;
        }
        double prefactor = Math.exp(-t + a * Math.log(t) - LN_GAMMA_HALF);
        if (t < a + 1.0) {
            // Lower gamma by its series: P(a, t) = prefactor * sum t^n / (a (a+1) ... (a+n)).
            double term = 1.0 / a;
            double sum = term;
            for (int n = 1; n < MAX_ITERATIONS; n++) {
                term *= t / (a + n);
                sum += term;
                if (Math.abs(term) < Math.abs(sum) * EPS) {
                    break;
                }
            }
            return 1.0 - prefactor * sum;
        }
        // Upper gamma by its continued fraction (modified Lentz).
        double b = t + 1.0 - a;
        double c = 1.0 / TINY;
        double d = 1.0 / b;
        double h = d;
        for (int i = 1; i < MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2.0;
            d = an * d + b;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = b + an / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1.0 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1.0) < EPS) {
                break;
            }
        }
        return prefactor * h;
    }
}
