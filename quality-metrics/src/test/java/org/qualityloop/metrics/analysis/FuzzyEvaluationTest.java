package org.qualityloop.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FuzzyEvaluationTest {

    // One-level example in the style of the classic garment evaluation (factors: style,
    // durability, price; grades: very welcome, welcome, not very welcome, unwelcome):
    // W = (0.2, 0.5, 0.3), R rows (0.2, 0.5, 0.2, 0.1), (0.7, 0.2, 0.1, 0), (0.2, 0.3, 0.4, 0.1).
    // Hand computation per operator, then normalisation and score against V = (95, 85, 75, 60):
    //   M(min,max):  B = (0.5, 0.3, 0.3, 0.1)    -> (0.41667, 0.25, 0.25, 0.08333), 84.5833
    //   M(x,max):    B = (0.35, 0.1, 0.12, 0.03) -> (0.58333, 0.16667, 0.2, 0.05), 87.5833
    //   M(min,+b):   B = (0.9, 0.7, 0.6, 0.2)    -> (0.375, 0.29167, 0.25, 0.08333), 84.1667
    //   M(x,+):      B = (0.45, 0.29, 0.21, 0.05) (already sums to 1), 86.15
    private static final List<Double> W = List.of(0.2, 0.5, 0.3);
    private static final List<List<Double>> R = List.of(
            List.of(0.2, 0.5, 0.2, 0.1), List.of(0.7, 0.2, 0.1, 0.0), List.of(0.2, 0.3, 0.4, 0.1));
    private static final List<Double> V = List.of(95.0, 85.0, 75.0, 60.0);

    private static void check(FuzzyOperator operator, double[] expected, double score) {
        FuzzyEvaluation evaluation = FuzzyEvaluation.evaluate(W, R, operator).orElseThrow();
        for (int j = 0; j < expected.length; j++) {
            assertThat(evaluation.vector().get(j)).as("%s b%d", operator, j)
                    .isCloseTo(expected[j], within(1e-5));
        }
        assertThat(evaluation.score(V)).isCloseTo(score, within(1e-4));
        assertThat(evaluation.maximumMembershipGrade()).isZero();
    }

    // The raw vectors B of the example above, before normalisation (hand computation there).
    @Test
    void allFourOperators_rawVectorAsComposed() {
        double[][] raw = {{0.5, 0.3, 0.3, 0.1}, {0.35, 0.1, 0.12, 0.03}, {0.9, 0.7, 0.6, 0.2},
            {0.45, 0.29, 0.21, 0.05}};
        FuzzyOperator[] operators = {FuzzyOperator.MIN_MAX, FuzzyOperator.PRODUCT_MAX,
            FuzzyOperator.MIN_BOUNDED_SUM, FuzzyOperator.WEIGHTED_AVERAGE};
        for (int k = 0; k < operators.length; k++) {
            FuzzyEvaluation evaluation = FuzzyEvaluation.evaluate(W, R, operators[k]).orElseThrow();
            for (int j = 0; j < 4; j++) {
                assertThat(evaluation.raw().get(j)).as("%s b%d", operators[k], j)
                        .isCloseTo(raw[k][j], within(1e-12));
            }
        }
    }

    @Test
    void constructor_checksTheVectorIsTheNormalisedRaw() {
        FuzzyEvaluation normalised = new FuzzyEvaluation(List.of(0.25, 0.75));
        assertThat(normalised.raw()).isEqualTo(normalised.vector());
        assertThat(new FuzzyEvaluation(List.of(0.25, 0.75), List.of(0.1, 0.3)).raw()).containsExactly(0.1, 0.3);
        assertThatThrownBy(() -> new FuzzyEvaluation(List.of(0.5, 0.5), List.of(0.1, 0.3)))
                .hasMessage("vector[0] must be raw[0] / sum of raw (0.25), but was 0.5");
        assertThatThrownBy(() -> new FuzzyEvaluation(List.of(0.5, 0.5), List.of(0.0, 0.0)))
                .hasMessage("raw must have a positive entry, but was [0.0, 0.0]");
        assertThatThrownBy(() -> new FuzzyEvaluation(List.of(1.0), List.of(0.5, 0.5)))
                .hasMessage("raw must have 1 entries, one per grade, but had 2");
    }

    @Test
    void allFourOperators_workedExample() {
        check(FuzzyOperator.MIN_MAX, new double[] {0.41667, 0.25, 0.25, 0.08333}, 84.5833);
        check(FuzzyOperator.PRODUCT_MAX, new double[] {0.58333, 0.16667, 0.2, 0.05}, 87.5833);
        check(FuzzyOperator.MIN_BOUNDED_SUM, new double[] {0.375, 0.29167, 0.25, 0.08333},
                84.1667);
        check(FuzzyOperator.WEIGHTED_AVERAGE, new double[] {0.45, 0.29, 0.21, 0.05}, 86.15);
    }

    // The classic garment evaluation as published with its Matlab solution (textbook "Example 8_4",
    // reproduced in "模糊综合评价" at e-com-net.com, article 1276296104417181696): factors colour, style,
    // durability, price; grades very welcome, rather welcome, not very welcome, unwelcome;
    // R rows (0.2, 0.5, 0.2, 0.1), (0.7, 0.2, 0.1, 0), (0, 0.4, 0.5, 0.1), (0.2, 0.3, 0.5, 0).
    // With M(min,max): customer class 1, A1 = (0.1, 0.2, 0.3, 0.4) -> B1 = (0.2, 0.3, 0.4, 0.1),
    // "not very welcome" by maximum membership; class 2, A2 = (0.4, 0.35, 0.15, 0.1) ->
    // B2 = (0.35, 0.4, 0.2, 0.1), "rather welcome" (the published results). Normalised here:
    // B1 already sums to 1; B2 / 1.05 = (0.33333, 0.38095, 0.19048, 0.09524).
    @Test
    void minMax_publishedGarmentExample() {
        List<List<Double>> r = List.of(List.of(0.2, 0.5, 0.2, 0.1), List.of(0.7, 0.2, 0.1, 0.0),
                List.of(0.0, 0.4, 0.5, 0.1), List.of(0.2, 0.3, 0.5, 0.0));
        FuzzyEvaluation first = FuzzyEvaluation.evaluate(List.of(0.1, 0.2, 0.3, 0.4), r, FuzzyOperator.MIN_MAX)
                .orElseThrow();
        assertThat(first.vector()).usingComparatorForType((a, b) -> Math.abs(a - b) < 1e-12 ? 0 : Double.compare(a, b),
                Double.class).containsExactly(0.2, 0.3, 0.4, 0.1);
        assertThat(first.maximumMembershipGrade()).isEqualTo(2);
        FuzzyEvaluation second = FuzzyEvaluation.evaluate(List.of(0.4, 0.35, 0.15, 0.1), r, FuzzyOperator.MIN_MAX)
                .orElseThrow();
        double[] expected = {0.35 / 1.05, 0.4 / 1.05, 0.2 / 1.05, 0.1 / 1.05};
        for (int j = 0; j < 4; j++) {
            assertThat(second.vector().get(j)).isCloseTo(expected[j], within(1e-12));
        }
        assertThat(second.maximumMembershipGrade()).isEqualTo(1);
    }

    // Two-level system, M(x,+): C1 = 0.5 (0.6, 0.4, 0) + 0.5 (0.2, 0.6, 0.2) = (0.4, 0.5, 0.1);
    // C2 = 0.7 (0.1, 0.3, 0.6) + 0.3 (0.5, 0.5, 0) = (0.22, 0.36, 0.42);
    // top = 0.6 C1 + 0.4 C2 = (0.328, 0.444, 0.228); score against (90, 70, 50) = 72.0;
    // maximum membership: grade 1.
    @Test
    void multiLevel_evaluatesBottomUp() {
        FuzzyIndicator c1 = new FuzzyIndicator.Criterion(List.of(0.5, 0.5), List.of(
                new FuzzyIndicator.Factor(List.of(0.6, 0.4, 0.0)),
                new FuzzyIndicator.Factor(List.of(0.2, 0.6, 0.2))));
        FuzzyIndicator c2 = new FuzzyIndicator.Criterion(List.of(0.7, 0.3), List.of(
                new FuzzyIndicator.Factor(List.of(0.1, 0.3, 0.6)),
                new FuzzyIndicator.Factor(List.of(0.5, 0.5, 0.0))));
        FuzzyIndicator root = new FuzzyIndicator.Criterion(List.of(0.6, 0.4), List.of(c1, c2));
        FuzzyEvaluation evaluation =
                FuzzyEvaluation.evaluate(root, FuzzyOperator.WEIGHTED_AVERAGE).orElseThrow();
        assertThat(evaluation.vector().get(0)).isCloseTo(0.328, within(1e-12));
        assertThat(evaluation.vector().get(1)).isCloseTo(0.444, within(1e-12));
        assertThat(evaluation.vector().get(2)).isCloseTo(0.228, within(1e-12));
        assertThat(evaluation.score(List.of(90.0, 70.0, 50.0))).isCloseTo(72.0, within(1e-9));
        assertThat(evaluation.maximumMembershipGrade()).isEqualTo(1);
    }

    @Test
    void allZeroMembership_isEmpty() {
        assertThat(FuzzyEvaluation.evaluate(List.of(1.0), List.of(List.of(0.0, 0.0)),
                FuzzyOperator.MIN_MAX)).isEmpty();
        assertThat(FuzzyEvaluation.evaluate(new FuzzyIndicator.Factor(List.of(0.0)),
                FuzzyOperator.MIN_MAX)).isEmpty();
    }

    @Test
    void badInput_isRejectedNamingTheValue() {
        assertThatThrownBy(() -> FuzzyEvaluation.evaluate(List.of(0.5, 0.5), R,
                FuzzyOperator.MIN_MAX))
                .hasMessage("weights must have 3 entries, one per matrix row, but had 2");
        assertThatThrownBy(() -> FuzzyEvaluation.evaluate(List.of(0.5, 0.6),
                List.of(List.of(1.0), List.of(1.0)), FuzzyOperator.MIN_MAX))
                .hasMessage("weights must sum to 1, but summed to 1.1");
        assertThatThrownBy(() -> FuzzyEvaluation.evaluate(List.of(0.5, 0.5),
                List.of(List.of(1.0), List.of(1.0, 0.0)), FuzzyOperator.MIN_MAX))
                .hasMessage("membership rows must all have 1 grades, but row 1 had 2");
        assertThatThrownBy(() -> new FuzzyIndicator.Factor(List.of(1.2)))
                .hasMessage("membership[0] must be between 0.0 and 1.0, but was 1.2");
        FuzzyEvaluation evaluation = FuzzyEvaluation.evaluate(W, R, FuzzyOperator.MIN_MAX)
                .orElseThrow();
        assertThatThrownBy(() -> evaluation.score(List.of(1.0)))
                .hasMessage("gradeScores must have 4 entries, one per grade, but had 1");
    }
}
