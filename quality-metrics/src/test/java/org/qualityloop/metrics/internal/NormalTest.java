package org.qualityloop.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormalTest {

    // Standard normal table values (NIST/SEMATECH e-Handbook of Statistical Methods, 1.3.6.7.1,
    // "Cumulative Distribution Function of the Standard Normal Distribution"), to the table's
    // five decimals, plus 1.959964 -> 0.975 by definition of the 97.5 % quantile.
    @Test
    void cdf_matchesTableValues() {
        assertThat(Normal.cdf(0.0)).isCloseTo(0.5, within(1e-15));
        assertThat(Normal.cdf(1.0)).isCloseTo(0.84134, within(5e-6));
        assertThat(Normal.cdf(1.64)).isCloseTo(0.94950, within(5e-6));
        assertThat(Normal.cdf(2.5)).isCloseTo(0.99379, within(5e-6));
        assertThat(Normal.cdf(3.0)).isCloseTo(0.99865, within(5e-6));
        assertThat(Normal.cdf(-1.0)).isCloseTo(0.15866, within(5e-6));
        assertThat(Normal.cdf(Normal.Z_975)).isCloseTo(0.975, within(1e-12));
    }

    // High-precision reference values of Phi (Abramowitz and Stegun, Table 26.1 / 26.2):
    // Phi(1) = 0.841344746068543, Phi(-3) = 1.349898031630095e-3,
    // 1 - Phi(6) = 9.865876450377e-10.
    @Test
    void cdf_isAccurateInBodyAndTails() {
        assertThat(Normal.cdf(1.0)).isCloseTo(0.841344746068543, within(1e-14));
        assertThat(Normal.cdf(-3.0)).isCloseTo(1.349898031630095e-3, within(1e-16));
        assertThat(Normal.cdf(-6.0)).isCloseTo(9.865876450377e-10, within(1e-21));
        assertThat(Normal.twoSidedP(1.959963984540054)).isCloseTo(0.05, within(1e-12));
    }

    @Test
    void cdf_isMonotoneAndSymmetric() {
        double previous = 0.0;
        for (double z = -8.0; z <= 8.0; z += 0.01) {
            double value = Normal.cdf(z);
            assertThat(value).isGreaterThanOrEqualTo(previous);
            assertThat(value + Normal.cdf(-z)).isCloseTo(1.0, within(1e-14));
            previous = value;
        }
    }
}
