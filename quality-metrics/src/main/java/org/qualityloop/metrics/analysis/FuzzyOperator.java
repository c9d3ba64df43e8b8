package org.qualityloop.metrics.analysis;

/**
 * The composition operators of fuzzy comprehensive evaluation, {@code B = W ∘ R} for a weight
 * vector {@code W} (one weight per factor) and a membership matrix {@code R} (factors × grades).
 * Written {@code M(⊗, ⊕)}: {@code ⊗} combines a weight with a membership, {@code ⊕} combines
 * the factors.
 */
public enum FuzzyOperator {
    /** {@code M(∧, ∨)}: {@code b_j = max_i min(w_i, r_ij)}; main-factor dominated. */
    MIN_MAX,
    /** {@code M(·, ∨)}: {@code b_j = max_i (w_i · r_ij)}; main-factor prominent. */
    PRODUCT_MAX,
    /** {@code M(∧, ⊕)}: {@code b_j = min(1, Σ_i min(w_i, r_ij))}, bounded sum. */
    MIN_BOUNDED_SUM,
    /** {@code M(·, +)}: {@code b_j = Σ_i w_i · r_ij}; weighted average, uses every factor. */
    WEIGHTED_AVERAGE;

    double apply(double[] weights, double[][] membership, int grade) {
        double result = 0;
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i];
            double r = membership[i][grade];
            switch (this) {
                case MIN_MAX -> result = Math.max(result, Math.min(w, r));
                case PRODUCT_MAX -> result = Math.max(result, w * r);
                case MIN_BOUNDED_SUM -> result += Math.min(w, r);
                case WEIGHTED_AVERAGE -> result += w * r;
            }
        }
        return this == MIN_BOUNDED_SUM ? Math.min(1.0, result) : result;
    }
}
