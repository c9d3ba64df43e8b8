package org.qualityloop.metrics.analysis;

import java.util.List;
import org.qualityloop.model.internal.Checks;

/**
 * A node of a fuzzy indicator system: either a leaf factor with its membership degrees in each
 * grade, or a group of sub-indicators with their weights, evaluated bottom-up by
 * {@link FuzzyEvaluation#evaluate(FuzzyIndicator, FuzzyOperator)}.
 */
public sealed interface FuzzyIndicator {

    /**
     * A leaf factor: its membership degree in each evaluation grade, e.g. the share of raters
     * who judged it "excellent", "good", "fair", "poor".
     *
     * @param membership one degree per grade, each in [0, 1]; at least one
     */
    record Factor(List<Double> membership) implements FuzzyIndicator {

        /**
         * Validates and copies the degrees.
         *
         * @param membership one degree per grade, each in [0, 1]; at least one
         * @throws IllegalArgumentException if there are no grades or a degree is outside [0, 1]
         */
        public Factor {
            membership = Checks.listCopy(membership, "membership");
            Checks.positive(membership.size(), "membership.size");
            for (int j = 0; j < membership.size(); j++) {
                Checks.between(membership.get(j), 0.0, 1.0, "membership[" + j + "]");
            }
        }
    }

    /**
     * A criterion made of weighted sub-indicators (factors or further criteria).
     *
     * @param weights one weight per child, each in [0, 1], summing to 1 (within 1e-9)
     * @param children the sub-indicators, at least one
     */
    record Criterion(List<Double> weights, List<FuzzyIndicator> children)
            implements FuzzyIndicator {

        /**
         * Validates and copies the fields.
         *
         * @param weights one weight per child, each in [0, 1], summing to 1 (within 1e-9)
         * @param children the sub-indicators, at least one
         * @throws IllegalArgumentException if the sizes differ, a weight is out of range or the
         *     weights do not sum to 1
         */
        public Criterion {
            weights = Checks.listCopy(weights, "weights");
            children = Checks.listCopy(children, "children");
            Checks.positive(children.size(), "children.size");
            if (weights.size() != children.size()) {
                throw new IllegalArgumentException("weights must have " + children.size()
                        + " entries, one per child, but had " + weights.size());
            }
            double sum = 0;
            for (int i = 0; i < weights.size(); i++) {
                sum += Checks.between(weights.get(i), 0.0, 1.0, "weights[" + i + "]");
            }
            if (Math.abs(sum - 1.0) > 1e-9) {
                throw new IllegalArgumentException("weights must sum to 1, but summed to " + sum);
            }
        }
    }
}
