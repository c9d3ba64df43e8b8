package org.qualityloop.metrics.internal;

/**
 * Student's t distribution function through the regularized incomplete beta function:
 * {@code P(|T| >= |t|) = I_x(ν/2, 1/2)} with {@code x = ν / (ν + t²)} (Abramowitz and Stegun,
 * 26.7.1 and 26.5.27). {@code I_x(a, b)} is evaluated by its continued fraction (A&amp;S 26.5.8)
 * with the modified Lentz method, using the symmetry {@code I_x(a, b) = 1 − I_{1−x}(b, a)} to
 * stay in the fraction's fast-converging region; {@code ln Γ} comes from the Lanczos
 * approximation (g = 7, nine coefficients), accurate to about 15 significant digits.
 *
 * <p>From {@value #LARGE_DF} degrees of freedom on, where {@code ln Γ(ν/2)} is so large that
 * the difference of logarithms above loses digits (and the fraction converges slowly near its
 * switching point), the tail comes instead from Hill's normalizing transformation (G. W. Hill,
 * "Algorithm 395: Student's t-distribution", Communications of the ACM 13(10), 1970):
 * {@code y = (ν − ½) ln(1 + t²/ν)}, {@code z = √y · (1 + [y + 3 + (((−0.4y − 3.3)y − 24)y
 * − 85.5) / (0.8y² + 100 + b)] / b)} with {@code b = 48 (ν − ½)²}, and
 * {@code P(T >= |t|) = P(Z >= z)}; its relative error there is below about 1e-12, tails included.
 *
 * <p>Stateless and thread-safe.
 */
public final class StudentT {

    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};
    private static final double EPS = 1e-15;
    private static final double TINY = 1e-300;
    private static final int MAX_ITERATIONS = 1000;

    /** The degrees of freedom from which tails come from Hill's transformation. */
    static final double LARGE_DF = 1e5;

    private StudentT() {
    }

    /**
     * Returns the two-sided p-value {@code P(|T| >= |t|)} for {@code ν} degrees of freedom.
     *
     * @param t the statistic, finite
     * @param df degrees of freedom, positive (need not be an integer)
     * @return the p-value, in {@code [0, 1]}
     */
    public static double twoSidedP(double t, double df) {
        if (df >= LARGE_DF) {
            return Math.min(1.0, 2.0 * largeDfUpperTail(Math.abs(t), df));
        }
        double x = df / (df + t * t);
        return Math.max(0.0, Math.min(1.0, regularizedBeta(x, df / 2.0, 0.5)));
    }

    /**
     * Returns {@code P(T <= t)} for {@code ν} degrees of freedom.
     *
     * @param t the statistic, finite
     * @param df degrees of freedom, positive
     * @return the probability, in {@code [0, 1]}
     */
    public static double cdf(double t, double df) {
        double tail = 0.5 * twoSidedP(t, df);
        return t >= 0 ? 1.0 - tail : tail;
    }

    /**
     * Returns the {@code p} quantile of Student's t distribution: the {@code t} with
     * {@code P(T <= t) = p}, found by bisection on the smaller tail {@code min(p, 1 − p)} to the
     * precision of a double, so that quantiles far in either tail keep their relative precision.
     *
     * @param p the probability, strictly between 0 and 1
     * @param df degrees of freedom, positive
     * @return the quantile
     */
    public static double quantile(double p, double df) {
        if (p == 0.5) {
            return 0.0;
        }
        // 1 − p is exact for p in [0.5, 1], so the tail is exactly the smaller of the two.
        double tail = p < 0.5 ? p : 1.0 - p;
        double low = 0.0;
        double high = 1.0;
        while (upperTail(high, df) > tail) {
            low = high;
            high *= 2.0;
        }
        for (int i = 0; i < 2100 && high - low > Math.ulp(high); i++) {
            double middle = 0.5 * (low + high);
            if (upperTail(middle, df) > tail) {
                low = middle;
            } else {
                high = middle;
            }
        }
        double quantile = 0.5 * (low + high);
        return p < 0.5 ? -quantile : quantile;
    }

    /** Returns {@code P(T >= t)} for {@code t >= 0}. */
    private static double upperTail(double t, double df) {
        return 0.5 * twoSidedP(t, df);
    }

    /**
     * Returns {@code P(T >= t)} for {@code t >= 0} and large {@code ν} by Hill's normalizing
     * transformation (see the class documentation).
     */
    private static double largeDfUpperTail(double t, double df) {
        double a = df - 0.5;
        double y = a * Math.log1p(t * t / df);
        if (Double.isInfinite(y)) {
            return 0.0;
        }
        double b = 48.0 * a * a;
        double z = ((((-0.4 * y - 3.3) * y - 24.0) * y - 85.5) / (0.8 * y * y + 100.0 + b)
                + y + 3.0) / b * Math.sqrt(y) + Math.sqrt(y);
        return Normal.cdf(-z);
    }

    /**
     * Returns {@code ln Γ(x)} for {@code x > 0} (Lanczos approximation).
     *
     * @param x a positive value
     * @return the natural logarithm of the gamma function
     */
    static double lnGamma(double x) {
        if (x < 0.5) {
            // Reflection: Γ(x) Γ(1 − x) = π / sin(πx).
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1.0 - x);
        }
        double z = x - 1.0;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /**
     * Returns the regularized incomplete beta function {@code I_x(a, b)}.
     *
     * @param x the argument, in {@code [0, 1]}
     * @param a first shape parameter, positive
     * @param b second shape parameter, positive
     * @return {@code I_x(a, b)}
     */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0.0) {
            return 0.0;
        }
        if (x >= 1.0) {
            return 1.0;
        }
        double lnFront = lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x)
                + b * Math.log1p(-x);
        if (x < (a + 1.0) / (a + b + 2.0)) {
            return Math.exp(lnFront) * continuedFraction(x, a, b) / a;
        }
        return 1.0 - Math.exp(lnFront) * continuedFraction(1.0 - x, b, a) / b;
    }

    private static double continuedFraction(double x, double a, double b) {
        double qab = a + b;
        double qap = a + 1.0;
        double qam = a - 1.0;
        double c = 1.0;
        double d = 1.0 - qab * x / qap;
        if (Math.abs(d) < TINY) {
            d = TINY;
        }
        d = 1.0 / d;
        double h = d;
        for (int m = 1; m <= MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1.0 + aa * d;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = 1.0 + aa / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1.0 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1.0 + aa * d;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = 1.0 + aa / c;
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
        return h;
    }
}
