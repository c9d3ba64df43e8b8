package org.qualityloop.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

class StudentTTest {

    // Critical values of Student's t (NIST/SEMATECH e-Handbook of Statistical Methods, 1.3.6.7.2
    // "Critical Values of the Student's t Distribution", three decimals): t(0.975; 10) = 2.228,
    // t(0.975; 20) = 2.086, t(0.995; 10) = 3.169, t(0.975; 1) = 12.706, t(0.95; 10) = 1.812.
    // Two-sided p at those values is 0.05 or 0.01 up to the table's rounding.
    @Test
    void twoSidedP_matchesCriticalValueTable() {
        assertThat(StudentT.twoSidedP(2.228, 10)).isCloseTo(0.05, within(1e-4));
        assertThat(StudentT.twoSidedP(2.086, 20)).isCloseTo(0.05, within(1e-4));
        assertThat(StudentT.twoSidedP(3.169, 10)).isCloseTo(0.01, within(1e-4));
        assertThat(StudentT.twoSidedP(12.706, 1)).isCloseTo(0.05, within(1e-4));
        assertThat(StudentT.cdf(1.812, 10)).isCloseTo(0.95, within(1e-4));
        assertThat(StudentT.cdf(-1.812, 10)).isCloseTo(0.05, within(1e-4));
    }

    // Closed forms: with 1 degree of freedom T is Cauchy, P(T <= t) = 1/2 + atan(t)/pi; with 2,
    // P(T <= t) = 1/2 + t / (2 sqrt(2 + t^2)). Checks non-table points to full precision,
    // including non-integer degrees of freedom through continuity with large df (-> normal).
    @Test
    void cdf_matchesClosedFormsAndNormalLimit() {
        for (double t = -20; t <= 20; t += 0.37) {
            assertThat(StudentT.cdf(t, 1)).isCloseTo(0.5 + Math.atan(t) / Math.PI, within(1e-13));
            assertThat(StudentT.cdf(t, 2)).isCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)),
                    within(1e-13));
        }
        assertThat(StudentT.cdf(1.96, 1e7)).isCloseTo(Normal.cdf(1.96), within(1e-7));
    }

    // ln Gamma: Gamma(5) = 24, Gamma(1/2) = sqrt(pi), ln Gamma(10.5) = 13.940625219403763,
    // ln Gamma(0.3) = 1.0957979948180752 (reflection branch).
    @Test
    void lnGamma_knownValues() {
        assertThat(StudentT.lnGamma(5)).isCloseTo(Math.log(24), within(1e-13));
        assertThat(StudentT.lnGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-13));
        assertThat(StudentT.lnGamma(10.5)).isCloseTo(13.940625219403763, within(1e-12));
        assertThat(StudentT.lnGamma(0.3)).isCloseTo(1.0957979948180752, within(1e-12));
    }

    // I_x(1, 1) = x; I_{1/2}(a, a) = 1/2 by symmetry; I_x(a, 1) = x^a.
    @Test
    void regularizedBeta_identities() {
        assertThat(StudentT.regularizedBeta(0.3, 1, 1)).isCloseTo(0.3, within(1e-14));
        assertThat(StudentT.regularizedBeta(0.5, 7.5, 7.5)).isCloseTo(0.5, within(1e-14));
        assertThat(StudentT.regularizedBeta(0.8, 3, 1)).isCloseTo(0.512, within(1e-14));
        assertThat(StudentT.regularizedBeta(0.0, 2, 3)).isZero();
        assertThat(StudentT.regularizedBeta(1.0, 2, 3)).isEqualTo(1.0);
    }

    // Quantiles: the NIST table's critical values above (t(0.975; 10) = 2.228, t(0.975; 20) =
    // 2.086, t(0.995; 10) = 3.169, t(0.975; 1) = 12.706, t(0.95; 10) = 1.812); with 1 degree of
    // freedom the closed form tan(pi (p - 1/2)) gives t(0.975; 1) = tan(0.475 pi) = 12.7062047.
    @Test
    void quantile_tableValuesAndClosedForm() {
        assertThat(StudentT.quantile(0.975, 10)).isCloseTo(2.228, within(5e-4));
        assertThat(StudentT.quantile(0.975, 20)).isCloseTo(2.086, within(5e-4));
        assertThat(StudentT.quantile(0.995, 10)).isCloseTo(3.169, within(5e-4));
        assertThat(StudentT.quantile(0.95, 10)).isCloseTo(1.812, within(5e-4));
        assertThat(StudentT.quantile(0.975, 1)).isCloseTo(Math.tan(Math.PI * 0.475), within(1e-9));
        assertThat(StudentT.quantile(0.025, 1)).isCloseTo(-Math.tan(Math.PI * 0.475), within(1e-9));
        assertThat(StudentT.cdf(StudentT.quantile(0.9, 7.5), 7.5)).isCloseTo(0.9, within(1e-12));
    }

    /**
     * Tails for very many degrees of freedom, where {@code ln Γ(ν/2)} is large: expected values
     * from {@code 2 * scipy.stats.t.sf(|t|, df)} and {@code scipy.stats.t.cdf(t, df)}, SciPy
     * 1.17.1, compared to a relative 1e-9 (the regularized-beta route drifted by up to 130 % at
     * {@code ν = 1e15} and by 4e-5 at {@code ν = 1e12}).
     */
    @Test
    void twoSidedP_hugeDegreesOfFreedom_matchesScipy() {
        assertThat(StudentT.twoSidedP(2.0, 1e12)).isCloseTo(0.04550026389662835, withinPercentage(1e-7));
        assertThat(StudentT.twoSidedP(5.0, 1e9)).isCloseTo(5.733032403951619e-07, withinPercentage(1e-7));
        assertThat(StudentT.twoSidedP(1.0, 1e15)).isCloseTo(0.3173105078629143, withinPercentage(1e-7));
        assertThat(StudentT.twoSidedP(10.0, 1e7)).isCloseTo(1.5243592290273597e-23, withinPercentage(1e-7));
        assertThat(StudentT.twoSidedP(30.0, 1e6)).isCloseTo(1.2020094233664118e-197, withinPercentage(1e-7));
        assertThat(StudentT.cdf(-1.694483045479314, 728262163206.1389))
                .isCloseTo(0.045086765384303513, withinPercentage(1e-7));
        assertThat(StudentT.cdf(5.0, 1e9)).isCloseTo(0.9999997133483798, within(1e-15));
    }

    /**
     * Quantiles far in the lower tail keep their relative precision: expected values from
     * {@code scipy.stats.t.ppf(p, df)}, SciPy 1.17.1, to a relative 1e-9 (reflecting through
     * {@code 1 − p} had lost up to 5e-5 of it at {@code p = 3.5e-12}).
     */
    @Test
    void quantile_farLowerTail_matchesScipy() {
        assertThat(StudentT.quantile(3.5233993559859092e-12, 0.34462505362835655))
                .isCloseTo(-7.530205024086802e+31, withinPercentage(1e-7));
        assertThat(StudentT.quantile(3e-12, 0.896378598446797))
                .isCloseTo(-1960807404679.366, withinPercentage(1e-7));
        assertThat(StudentT.quantile(1e-12, 3.0)).isCloseTo(-10331.108244292487, withinPercentage(1e-7));
        assertThat(StudentT.quantile(0.975, 10.0)).isCloseTo(2.228138851986274, withinPercentage(1e-7));
        assertThat(StudentT.quantile(0.5, 4.0)).isZero();
    }
}
