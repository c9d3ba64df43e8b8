package org.qualityloop.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.qualityloop.model.survey.KanoAnswer.DISLIKE;
import static org.qualityloop.model.survey.KanoAnswer.LIKE;
import static org.qualityloop.model.survey.KanoAnswer.LIVE_WITH;
import static org.qualityloop.model.survey.KanoAnswer.MUST_BE;
import static org.qualityloop.model.survey.KanoAnswer.NEUTRAL;

import java.util.Map;
import org.qualityloop.model.survey.KanoAnswer;
import org.junit.jupiter.api.Test;

class KanoTest {

    // Berger et al. (1993) evaluation table, all 25 cells, row by row.
    @Test
    void evaluate_matchesTheEvaluationTable() {
        KanoAnswer[] answers = KanoAnswer.values();
        String[] table = {
            "QAAAO",
            "RIIIM",
            "RIIIM",
            "RIIIM",
            "RRRRQ"};
        for (int f = 0; f < 5; f++) {
            for (int d = 0; d < 5; d++) {
                KanoCategory category = KanoCategory.evaluate(answers[f], answers[d]);
                assertThat(letter(category)).as("%s / %s", answers[f], answers[d])
                        .isEqualTo(table[f].charAt(d));
            }
        }
    }

    private static char letter(KanoCategory category) {
        return switch (category) {
            case ATTRACTIVE -> 'A';
            case ONE_DIMENSIONAL -> 'O';
            case MUST_BE -> 'M';
            case INDIFFERENT -> 'I';
            case REVERSE -> 'R';
            case QUESTIONABLE -> 'Q';
        };
    }

    // Ten respondents: 4 A, 3 O, 2 M, 1 Q. better = (4 + 3) / 9 = 0.7778,
    // worse = -(3 + 2) / 9 = -0.5556 (Q left out); classification A (most frequent).
    @Test
    void tally_coefficientsLeaveOutQuestionable() {
        KanoTally tally = new KanoTally();
        for (int i = 0; i < 4; i++) {
            tally.add(LIKE, NEUTRAL);
        }
        for (int i = 0; i < 3; i++) {
            tally.add(LIKE, DISLIKE);
        }
        tally.add(NEUTRAL, DISLIKE);
        tally.add(LIVE_WITH, DISLIKE);
        tally.add(LIKE, LIKE);
        KanoCoefficients coefficients = tally.coefficients().orElseThrow();
        assertThat(coefficients.better()).isCloseTo(7.0 / 9, within(1e-12));
        assertThat(coefficients.worse()).isCloseTo(-5.0 / 9, within(1e-12));
        assertThat(tally.classification()).contains(KanoCategory.ATTRACTIVE);
    }

    // agilesoftwaredevelopment.com, "Kano questionnaire survey analysis": a table of results for a
    // web-based word processor, in percent of respondents (M must-be, L linear = one-dimensional,
    // E exciting = attractive, R, Q, I) with the category the author assigns:
    //   spellchecker        M 52.7  L 22.6  E  8.3  R 2.5  Q 1.5  I 12.4  -> mandatory (must-be)
    //   can post to blogs   M 38.2  L  8.2  E 33.4  R 1.1  Q 0.8  I 18.3  -> mandatory (must-be)
    //   supports many fonts M 22.3  L 44.6  E 13.6  R 0.5  Q 1.2  I 17.8  -> linear
    // Each row sums to 100.0; the counts below are the percentages of 1,000 respondents. The
    // page gives no better/worse coefficients, so only the classification is the published result.
    @Test
    void classification_publishedTableOfResults() {
        assertThat(tally(527, 226, 83, 124, 25, 15).classification()).contains(KanoCategory.MUST_BE);
        assertThat(tally(382, 82, 334, 183, 11, 8).classification()).contains(KanoCategory.MUST_BE);
        assertThat(tally(223, 446, 136, 178, 5, 12).classification())
                .contains(KanoCategory.ONE_DIMENSIONAL);
    }

    private static KanoTally tally(long m, long o, long a, long i, long r, long q) {
        return KanoTally.of(Map.of(KanoCategory.MUST_BE, m, KanoCategory.ONE_DIMENSIONAL, o,
                KanoCategory.ATTRACTIVE, a, KanoCategory.INDIFFERENT, i, KanoCategory.REVERSE, r,
                KanoCategory.QUESTIONABLE, q));
    }

    @Test
    void tally_tieBreak_mustBeBeforeOneDimensionalBeforeAttractiveBeforeIndifferent() {
        assertThat(KanoTally.of(Map.of(KanoCategory.ATTRACTIVE, 3L, KanoCategory.MUST_BE, 3L,
                KanoCategory.ONE_DIMENSIONAL, 3L)).classification()).contains(KanoCategory.MUST_BE);
        assertThat(KanoTally.of(Map.of(KanoCategory.ATTRACTIVE, 2L,
                KanoCategory.ONE_DIMENSIONAL, 2L)).classification())
                .contains(KanoCategory.ONE_DIMENSIONAL);
        assertThat(KanoTally.of(Map.of(KanoCategory.ATTRACTIVE, 1L, KanoCategory.INDIFFERENT, 1L))
                .classification()).contains(KanoCategory.ATTRACTIVE);
        assertThat(KanoTally.of(Map.of(KanoCategory.REVERSE, 1L, KanoCategory.INDIFFERENT, 1L))
                .classification()).contains(KanoCategory.INDIFFERENT);
    }

    @Test
    void tally_onlyReverseOrQuestionable_hasNoCoefficients() {
        KanoTally tally = new KanoTally();
        assertThat(tally.coefficients()).isEmpty();
        assertThat(tally.classification()).isEmpty();
        tally.add(DISLIKE, LIKE);
        tally.add(MUST_BE, LIKE);
        tally.add(LIKE, LIKE);
        assertThat(tally.coefficients()).isEmpty();
        assertThat(tally.classification()).contains(KanoCategory.REVERSE);
    }


    @Test
    void tally_merge() {
        KanoTally a = new KanoTally();
        a.add(LIKE, NEUTRAL);
        KanoTally b = new KanoTally();
        b.add(NEUTRAL, DISLIKE);
        a.merge(b);
        assertThat(a.count(KanoCategory.ATTRACTIVE)).isEqualTo(1);
        assertThat(a.count(KanoCategory.MUST_BE)).isEqualTo(1);
        assertThatThrownBy(() -> KanoTally.of(Map.of(KanoCategory.REVERSE, -1L)))
                .hasMessage("counts[REVERSE] must not be negative, but was -1");
    }
}
