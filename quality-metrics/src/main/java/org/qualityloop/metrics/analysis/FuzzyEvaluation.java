package org.qualityloop.metrics.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.qualityloop.model.internal.Checks;

/**
 * Fuzzy comprehensive evaluation (模糊綜合評價; Wang Peizhuang's method as taught in quality
 * management courses): a weight vector {@code W} over factors and a membership matrix
 * {@code R} (factors × grades) are composed with a {@link FuzzyOperator} into
 * {@code B = W ∘ R}, which is normalised to sum to 1.
 *
 * <p>The result keeps both vectors: {@link #raw()} is {@code B} as composed, whose size says how
 * strongly the factors back the grades (with {@link FuzzyOperator#MIN_MAX} a raw entry never
 * exceeds the largest weight, so the raw vector of two evaluations can be compared where the
 * normalised ones cannot); {@link #vector()} is {@code B′ = B / Σ_j b_j}, which sums to 1.
 * The normalised vector can be read as a grade vector (the grade of maximum membership) or,
 * against a grade score vector {@code V} (e.g. 95, 85, 75, 60), as the score {@code B′ · V}.
 * Multi-level systems are evaluated bottom-up: each criterion's normalised result vector becomes
 * one row of its parent's membership matrix; the raw vector reported is the root's.
 *
 * <p>Immutable and thread-safe.
 *
 * @param vector the normalised evaluation vector {@code B′}, one entry per grade, summing to 1
 * @param raw the composed vector {@code B} before normalisation, one entry per grade, each in
 *     [0, 1], not all 0
 */
public record FuzzyEvaluation(List<Double> vector, List<Double> raw) {

    /**
     * Validates and copies the vectors.
     *
     * @param vector the normalised evaluation vector {@code B′}, one entry per grade, summing to 1
     * @param raw the composed vector {@code B} before normalisation, one entry per grade, each in
     *     [0, 1], not all 0
     * @throws IllegalArgumentException if a vector is empty, the sizes differ, an entry is
     *     outside [0, 1], {@code raw} is all zeros, or {@code vector} is not {@code raw} divided
     *     by its sum (within 1e-9)
     */
    public FuzzyEvaluation {
        vector = Checks.listCopy(vector, "vector");
        raw = Checks.listCopy(raw, "raw");
        Checks.positive(vector.size(), "vector.size");
        if (raw.size() != vector.size()) {
            throw new IllegalArgumentException("raw must have " + vector.size()
                    + " entries, one per grade, but had " + raw.size());
        }
        double sum = 0;
        for (int j = 0; j < vector.size(); j++) {
            Checks.between(vector.get(j), 0.0, 1.0, "vector[" + j + "]");
            sum += Checks.between(raw.get(j), 0.0, 1.0, "raw[" + j + "]");
        }
        if (!(sum > 0.0)) {
            throw new IllegalArgumentException("raw must have a positive entry, but was " + raw);
        }
        for (int j = 0; j < vector.size(); j++) {
            double expected = raw.get(j) / sum;
            if (Math.abs(vector.get(j) - expected) > 1e-9) {
                throw new IllegalArgumentException("vector[" + j + "] must be raw[" + j
                        + "] / sum of raw (" + expected + "), but was " + vector.get(j));
            }
        }
    }

    /**
     * Creates an evaluation from a vector that is already normalised, which is then its own raw
     * vector.
     *
     * @param vector the evaluation vector, one entry per grade, each in [0, 1], summing to 1
     *     (within 1e-9)
     * @throws IllegalArgumentException if the vector is empty, an entry is outside [0, 1] or the
     *     entries do not sum to 1
     */
    public FuzzyEvaluation(List<Double> vector) {
        this(vector, vector);
    }

    /**
     * Evaluates one level: {@code B = W ∘ R}, normalised.
     *
     * @param weights the weight per factor (row of {@code membership}); each in [0, 1], summing
     *     to 1
     * @param membership the membership matrix, one row per factor, rows of equal length with
     *     entries in [0, 1]
     * @param operator the composition operator, not null
     * @return the evaluation, empty if {@code B} is all zeros (nothing to normalise)
     * @throws IllegalArgumentException if the weights do not match the matrix or a value is out
     *     of range
     */
    public static Optional<FuzzyEvaluation> evaluate(List<Double> weights,
            List<List<Double>> membership, FuzzyOperator operator) {
        Checks.notNull(operator, "operator");
        List<List<Double>> rows = Checks.listCopy(membership, "membership");
        if (rows.size() != Checks.listCopy(weights, "weights").size()) {
            throw new IllegalArgumentException("weights must have " + rows.size()
                    + " entries, one per matrix row, but had " + weights.size());
        }
        List<FuzzyIndicator> factors = rows.stream()
                .<FuzzyIndicator>map(FuzzyIndicator.Factor::new).toList();
        return evaluate(new FuzzyIndicator.Criterion(weights, factors), operator);
    }

    /**
     * Evaluates a (multi-level) indicator system bottom-up.
     *
     * @param indicator the root, not null; a bare factor evaluates to its normalised membership
     * @param operator the composition operator used at every level, not null
     * @return the evaluation, empty if some level's {@code B} (or a bare factor's membership)
     *     is all zeros
     * @throws IllegalArgumentException if the children of a criterion have different numbers of
     *     grades
     */
    public static Optional<FuzzyEvaluation> evaluate(FuzzyIndicator indicator,
            FuzzyOperator operator) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(operator, "operator");
        return vector(indicator, operator)
                .filter(b -> Arrays.stream(b).sum() > 0.0)
                .map(FuzzyEvaluation::of);
    }

    private static Optional<double[]> vector(FuzzyIndicator indicator, FuzzyOperator operator) {
        if (indicator instanceof FuzzyIndicator.Factor factor) {
            return Optional.of(factor.membership().stream().mapToDouble(Double::doubleValue)
                    .toArray());
        }
        FuzzyIndicator.Criterion criterion = (FuzzyIndicator.Criterion) indicator;
        int m = criterion.children().size();
        double[][] matrix = new double[m][];
        for (int i = 0; i < m; i++) {
            Optional<double[]> row = vector(criterion.children().get(i), operator);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            matrix[i] = criterion.children().get(i) instanceof FuzzyIndicator.Factor
                    ? row.get() : normalise(row.get());
            if (matrix[i].length != matrix[0].length) {
                throw new IllegalArgumentException("membership rows must all have "
                        + matrix[0].length + " grades, but row " + i + " had "
                        + matrix[i].length);
            }
        }
        double[] weights = criterion.weights().stream().mapToDouble(Double::doubleValue).toArray();
        double[] b = new double[matrix[0].length];
        double sum = 0;
        for (int j = 0; j < b.length; j++) {
            b[j] = operator.apply(weights, matrix, j);
            sum += b[j];
        }
        return sum == 0.0 ? Optional.empty() : Optional.of(b);
    }

    private static double[] normalise(double[] b) {
        double sum = 0;
        for (double v : b) {
            sum += v;
        }
        double[] out = new double[b.length];
        for (int j = 0; j < b.length; j++) {
            out[j] = b[j] / sum;
        }
        return out;
    }

    private static FuzzyEvaluation of(double[] b) {
        return new FuzzyEvaluation(Arrays.stream(normalise(b)).boxed().toList(),
                Arrays.stream(b).boxed().toList());
    }

    /**
     * Returns the index of the grade with the largest membership (maximum-membership principle);
     * ties go to the earlier grade.
     *
     * @return the grade index, from 0
     */
    public int maximumMembershipGrade() {
        int best = 0;
        for (int j = 1; j < vector.size(); j++) {
            if (vector.get(j) > vector.get(best)) {
                best = j;
            }
        }
        return best;
    }

    /**
     * Returns the score {@code Σ_j b′_j · v_j} against a grade score vector.
     *
     * @param gradeScores one finite score per grade, e.g. 95, 85, 75, 60
     * @return the score
     * @throws IllegalArgumentException if the number of scores differs from the number of grades
     */
    public double score(List<Double> gradeScores) {
        List<Double> scores = Checks.listCopy(gradeScores, "gradeScores");
        if (scores.size() != vector.size()) {
            throw new IllegalArgumentException("gradeScores must have " + vector.size()
                    + " entries, one per grade, but had " + scores.size());
        }
        double total = 0;
        for (int j = 0; j < scores.size(); j++) {
            total += vector.get(j) * Checks.finite(scores.get(j), "gradeScores[" + j + "]");
        }
        return total;
    }
}
