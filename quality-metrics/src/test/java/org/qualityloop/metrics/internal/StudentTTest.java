package org.qualityloop.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
}
