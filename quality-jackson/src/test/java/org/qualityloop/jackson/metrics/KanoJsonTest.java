package org.qualityloop.jackson.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.qualityloop.model.survey.KanoAnswer.DISLIKE;
import static org.qualityloop.model.survey.KanoAnswer.LIKE;
import static org.qualityloop.model.survey.KanoAnswer.LIVE_WITH;
import static org.qualityloop.model.survey.KanoAnswer.MUST_BE;
import static org.qualityloop.model.survey.KanoAnswer.NEUTRAL;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qualityloop.jackson.QualityLoopJson;
import org.qualityloop.metrics.analysis.KanoCategory;
import org.qualityloop.metrics.analysis.KanoTally;

/** The JSON parts of {@code KanoTest}, moved with the JSON mapping to quality-jackson. */
class KanoJsonTest {

    // Berger et al. (1993) evaluation table, all 25 cells, row by row.

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

    // agilesoftwaredevelopment.com, "Kano questionnaire survey analysis": a table of results for a
    // web-based word processor, in percent of respondents (M must-be, L linear = one-dimensional,
    // E exciting = attractive, R, Q, I) with the category the author assigns:
    //   spellchecker        M 52.7  L 22.6  E  8.3  R 2.5  Q 1.5  I 12.4  -> mandatory (must-be)
    //   can post to blogs   M 38.2  L  8.2  E 33.4  R 1.1  Q 0.8  I 18.3  -> mandatory (must-be)
    //   supports many fonts M 22.3  L 44.6  E 13.6  R 0.5  Q 1.2  I 17.8  -> linear
    // Each row sums to 100.0; the counts below are the percentages of 1,000 respondents. The
    // page gives no better/worse coefficients, so only the classification is the published result.

    private static KanoTally tally(long m, long o, long a, long i, long r, long q) {
        return KanoTally.of(Map.of(KanoCategory.MUST_BE, m, KanoCategory.ONE_DIMENSIONAL, o,
                KanoCategory.ATTRACTIVE, a, KanoCategory.INDIFFERENT, i, KanoCategory.REVERSE, r,
                KanoCategory.QUESTIONABLE, q));
    }



    @Test
    void tally_mergeAndJson() throws Exception {
        KanoTally a = new KanoTally();
        a.add(LIKE, NEUTRAL);
        KanoTally b = new KanoTally();
        b.add(NEUTRAL, DISLIKE);
        a.merge(b);
        assertThat(a.count(KanoCategory.ATTRACTIVE)).isEqualTo(1);
        assertThat(a.count(KanoCategory.MUST_BE)).isEqualTo(1);
        ObjectMapper mapper = QualityLoopJson.mapper();
        String json = mapper.writeValueAsString(a);
        assertThat(json).isEqualTo("{\"ATTRACTIVE\":1,\"ONE_DIMENSIONAL\":0,\"MUST_BE\":1,"
                + "\"INDIFFERENT\":0,\"REVERSE\":0,\"QUESTIONABLE\":0}");
        assertThat(mapper.readValue(json, KanoTally.class)).isEqualTo(a);
        assertThatThrownBy(() -> KanoTally.of(Map.of(KanoCategory.REVERSE, -1L)))
                .hasMessage("counts[REVERSE] must not be negative, but was -1");
    }
}
