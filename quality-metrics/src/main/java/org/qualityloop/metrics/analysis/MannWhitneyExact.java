package org.qualityloop.metrics.analysis;

/**
 * The exact null distribution of the Mann–Whitney statistic {@code U} for samples of sizes
 * {@code m} and {@code n} without ties: every one of the {@code C(m + n, m)} orderings of the two
 * samples equally likely, {@code U} the number of (x, y) pairs with {@code x > y}.
 *
 * <p>Recurrence (Mann and Whitney, "On a test of whether one of two random variables is
 * stochastically larger than the other", Annals of Mathematical Statistics 18, 1947,
 * written for probabilities instead of counts): the largest of the {@code m + n} observations is
 * an x with probability {@code m / (m + n)}, and then beats all {@code n} y's; otherwise it is a y
 * and beats nothing. Hence
 * {@code P_{m,n}(u) = m/(m + n) · P_{m−1,n}(u − n) + n/(m + n) · P_{m,n−1}(u)} with
 * {@code P_{0,n} = P_{m,0} = δ₀}. Every term is a non-negative probability, so the tails keep their
 * relative precision. Time {@code O(m² n²)}, memory {@code O(m n²)}.
 */
final class MannWhitneyExact {

    private MannWhitneyExact() {
    }

    /**
     * Returns {@code P(U = u)} for {@code u = 0 … m n}.
     *
     * @param m the first sample's size, positive
     * @param n the second sample's size, positive
     * @return the probabilities, indexed by {@code u}
     */
    static double[] distribution(int m, int n) {
        // previous[j]: the distribution for sizes (i - 1, j); current[j]: for (i, j).
        double[][] previous = new double[n + 1][];
        for (int j = 0; j <= n; j++) {
            previous[j] = new double[] {1.0};
        }
        for (int i = 1; i <= m; i++) {
            double[][] current = new double[n + 1][];
            current[0] = new double[] {1.0};
            for (int j = 1; j <= n; j++) {
                double[] p = new double[i * j + 1];
                double fromX = (double) i / (i + j);
                double fromY = (double) j / (i + j);
                double[] x = previous[j];
                for (int u = 0; u < x.length; u++) {
                    p[u + j] += fromX * x[u];
                }
                double[] y = current[j - 1];
                for (int u = 0; u < y.length; u++) {
                    p[u] += fromY * y[u];
                }
                current[j] = p;
            }
            previous = current;
        }
        return previous[n];
    }

    /**
     * Returns {@code P(U >= u)}, summed from the far tail.
     *
     * @param distribution the probabilities from {@link #distribution(int, int)}
     * @param u the observed statistic, an integer between 0 and {@code m n}
     * @return the upper tail probability
     */
    static double atLeast(double[] distribution, int u) {
        double sum = 0.0;
        for (int k = distribution.length - 1; k >= u; k--) {
            sum += distribution[k];
        }
        return Math.min(1.0, sum);
    }

    /**
     * Returns {@code P(U <= u)}, summed from the far tail.
     *
     * @param distribution the probabilities from {@link #distribution(int, int)}
     * @param u the observed statistic, an integer between 0 and {@code m n}
     * @return the lower tail probability
     */
    static double atMost(double[] distribution, int u) {
        double sum = 0.0;
        for (int k = 0; k <= u; k++) {
            sum += distribution[k];
        }
        return Math.min(1.0, sum);
    }
}
