package org.qualityloop.metrics.analysis;

import org.qualityloop.metrics.internal.Normal;

/**
 * The control-chart constants this library uses, at full precision rather than the three
 * decimals of the printed tables.
 *
 * <p>{@code d₂(n)} is the expected range of {@code n} independent standard normal values, so
 * that {@code R̄ / d₂} estimates σ; {@code d₃(n)} is the standard deviation of that range. For
 * moving ranges of two consecutive points, {@code R = |X₁ − X₂| = √2 σ |Z|}, which gives the
 * exact values {@code d₂ = 2/√π = 1.1283791670955126} (tables: 1.128),
 * {@code d₃ = sqrt(2 − 4/π) = 0.8525024664…} (tables: 0.853) and
 * {@code D₄ = 1 + 3 d₃/d₂ = 1 + 3 sqrt(π/2 − 1) = 3.2665318…} (tables: 3.267). The XmR chart and
 * Laney's p′ and u′ charts use these exact values; limits therefore differ from ones computed
 * with the rounded constants in the fifth significant digit (about 0.03 %).
 *
 * <p>For other subgroup sizes, {@link #d2(int)} integrates
 * {@code d₂(n) = ∫ [1 − Φ(x)ⁿ − (1 − Φ(x))ⁿ] dx} over the real line numerically (Tippett,
 * "On the extreme individuals and the range of samples taken from a normal population",
 * Biometrika 17, 1925; the tables of Montgomery, Introduction to Statistical Quality Control,
 * appendix VI, are this integral rounded to three decimals).
 */
public final class ControlChartConstants {

    /** {@code d₂} for ranges of two values, {@code 2/√π}. */
    public static final double D2_FOR_TWO = 2.0 / Math.sqrt(Math.PI);

    /** {@code d₃} for ranges of two values, {@code sqrt(2 − 4/π)}. */
    public static final double D3_FOR_TWO = Math.sqrt(2.0 - 4.0 / Math.PI);

    /** {@code D₄ = 1 + 3 d₃/d₂} for ranges of two values: the moving-range chart's upper limit
     * per unit of {@code MR̄}. */
    public static final double D4_FOR_TWO = 1.0 + 3.0 * D3_FOR_TWO / D2_FOR_TWO;

    /** The largest subgroup size {@link #d2(int)} accepts. */
    public static final int MAX_SUBGROUP = 100;

    private static final double HALF_WIDTH = 12.0;
    private static final int INTERVALS = 24_000;

    private ControlChartConstants() {
    }

    /**
     * Returns {@code d₂(n)}, the expected range of {@code n} standard normal values: exactly
     * {@code 2/√π} for 2 and {@code 3/√π} for 3, otherwise by composite Simpson integration of
     * Tippett's integral over [−12, 12] with step 0.001 (the integrand beyond is below 1e-30).
     *
     * @param n the subgroup size, between 2 and {@value #MAX_SUBGROUP}
     * @return {@code d₂(n)}
     * @throws IllegalArgumentException if {@code n} is out of range
     */
    public static double d2(int n) {
        if (n < 2 || n > MAX_SUBGROUP) {
            throw new IllegalArgumentException(
                    "n must be between 2 and " + MAX_SUBGROUP + ", but was " + n);
        }
        if (n == 2) {
            return D2_FOR_TWO;
        }
        if (n == 3) {
            return 3.0 / Math.sqrt(Math.PI);
        }
        double h = 2 * HALF_WIDTH / INTERVALS;
        double sum = integrand(-HALF_WIDTH, n) + integrand(HALF_WIDTH, n);
        for (int i = 1; i < INTERVALS; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * integrand(-HALF_WIDTH + i * h, n);
        }
        return sum * h / 3;
    }

    private static double integrand(double x, int n) {
        double lower = Normal.cdf(x);
        double upper = Normal.cdf(-x);
        return 1.0 - Math.pow(lower, n) - Math.pow(upper, n);
    }
}
