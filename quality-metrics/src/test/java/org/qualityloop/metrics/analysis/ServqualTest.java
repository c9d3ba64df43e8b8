package org.qualityloop.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServqualTest {

    // Parasuraman, Zeithaml and Berry (1988): tangibles 1-4, reliability 5-9, responsiveness
    // 10-13, assurance 14-17, empathy 18-22, on a 7-point scale.
    @Test
    void standard22_itemToDimensionMap() {
        ServqualInstrument standard = ServqualInstrument.standard22();
        assertThat(standard.items()).isEqualTo(22);
        assertThat(standard.dimensions()).containsExactly(
                "tangibles", "reliability", "responsiveness", "assurance", "empathy");
        assertThat(standard.itemDimensions().get(3)).isEqualTo("tangibles");
        assertThat(standard.itemDimensions().get(4)).isEqualTo("reliability");
        assertThat(standard.itemDimensions().get(8)).isEqualTo("reliability");
        assertThat(standard.itemDimensions().get(9)).isEqualTo("responsiveness");
        assertThat(standard.itemDimensions().get(13)).isEqualTo("assurance");
        assertThat(standard.itemDimensions().get(17)).isEqualTo("empathy");
        assertThat(standard.itemDimensions().get(21)).isEqualTo("empathy");
        assertThat(standard.scaleMin()).isEqualTo(1);
        assertThat(standard.scaleMax()).isEqualTo(7);
    }

    // Custom 3-item instrument on 1-5: items 1-2 "a", item 3 "b", item 2 reverse-scored
    // (x -> 6 - x). Respondent 1: E (5, 2, 4), P (4, 3, 2) -> recoded item 2 E 4, P 3; gaps
    // -1, -1, -2; dimension gaps a -1, b -2; weights a 70, b 30 -> score -1.3.
    // Respondent 2: E (3, 4, 3), P (5, 4, 5) -> item 2 E 2, P 2; gaps 2, 0, 2; a 1, b 2;
    // weights a 20, b 80 -> score 1.8.
    // Item gaps 0.5, -0.5, 0; dimension gaps a 0, b 0; overall 0.
    // Per-respondent weighting: (-1.3 + 1.8) / 2 = 0.25. Averaged weights a 45, b 55 applied to
    // dimension gaps 0 and 0: 0. The two weighted variants differ.
    @Test
    void gaps_customInstrumentWithReverseItem_andBothWeightings() {
        ServqualInstrument instrument =
                new ServqualInstrument(List.of("a", "a", "b"), Set.of(2), 1, 5);
        ServqualAccumulator accumulator = new ServqualAccumulator(instrument);
        ServqualAnswers.add(accumulator, new ServqualAnswers.Respondent(List.of(5, 2, 4), List.of(4, 3, 2),
                Map.of("a", 70.0, "b", 30.0)));
        ServqualAnswers.add(accumulator, new ServqualAnswers.Respondent(List.of(3, 4, 3), List.of(5, 4, 5),
                Map.of("a", 20.0, "b", 80.0)));
        ServqualResult result = accumulator.result().orElseThrow();
        assertThat(result.respondents()).isEqualTo(2);
        assertThat(result.itemGaps()).containsExactly(0.5, -0.5, 0.0);
        assertThat(result.dimensionGaps()).containsExactly(Map.entry("a", 0.0), Map.entry("b", 0.0));
        assertThat(result.overallGap()).isEqualTo(0.0);
        assertThat(result.weightedPerRespondent().orElseThrow()).isCloseTo(0.25, within(1e-12));
        assertThat(result.weightedAveraged().orElseThrow()).isCloseTo(0.0, within(1e-12));
    }

    // 12manage, "Weighted and Unweighted Average SERVQUAL Scores?" (12manage.com forum on
    // Zeithaml's SERVQUAL, answer by J. de Jonge): dimension gaps (P - E) tangibles -0.65,
    // reliability -1.10, responsiveness -0.83, assurance -0.70, empathy -1.01; unweighted average
    // SERVQUAL score (-0.65 - 1.10 - 0.83 - 0.70 - 1.01) / 5 = -4.29 / 5 = -0.86 (the source
    // rounds -0.858 to two decimals). The source gives dimension means only, so the respondents
    // here are constructed to have exactly those means on the standard 22-item instrument: of
    // 100 respondents, the first 65 rate every tangibles item E 6 / P 5 and the rest E 5 / P 5,
    // and likewise 110 item-points short on reliability (every respondent 1 short, 10 of them
    // 2 short), 83 on responsiveness, 70 on assurance and 101 on empathy.
    @Test
    void gaps_12manageUnweightedExample() {
        ServqualInstrument standard = ServqualInstrument.standard22();
        int[] firstItem = {0, 4, 9, 13, 17};
        int[] items = {4, 5, 4, 4, 5};
        int[] shortfall = {65, 110, 83, 70, 101};
        ServqualAccumulator accumulator = new ServqualAccumulator(standard);
        for (int r = 0; r < 100; r++) {
            List<Integer> expectations = new ArrayList<>(Collections.nCopies(22, 5));
            List<Integer> perceptions = new ArrayList<>(Collections.nCopies(22, 5));
            for (int d = 0; d < 5; d++) {
                int gap = shortfall[d] / 100 + (r < shortfall[d] % 100 ? 1 : 0);
                for (int i = firstItem[d]; i < firstItem[d] + items[d]; i++) {
                    expectations.set(i, 5 + gap);
                }
            }
            ServqualAnswers.add(accumulator, new ServqualAnswers.Respondent(expectations, perceptions, Map.of()));
        }
        ServqualResult result = accumulator.result().orElseThrow();
        assertThat(result.dimensionGaps().get("tangibles")).isCloseTo(-0.65, within(1e-12));
        assertThat(result.dimensionGaps().get("reliability")).isCloseTo(-1.10, within(1e-12));
        assertThat(result.dimensionGaps().get("responsiveness")).isCloseTo(-0.83, within(1e-12));
        assertThat(result.dimensionGaps().get("assurance")).isCloseTo(-0.70, within(1e-12));
        assertThat(result.dimensionGaps().get("empathy")).isCloseTo(-1.01, within(1e-12));
        assertThat(result.overallGap()).isCloseTo(-0.858, within(1e-12));
        assertThat(result.overallGap()).isCloseTo(-0.86, within(0.005));
    }

    @Test
    void mergeEqualsAddingAll_andNoWeightsGiveEmptyWeightedGaps() {
        ServqualInstrument standard = ServqualInstrument.standard22();
        ServqualAnswers.Respondent one = new ServqualAnswers.Respondent(Collections.nCopies(22, 6),
                Collections.nCopies(22, 5), Map.of());
        ServqualAnswers.Respondent two = new ServqualAnswers.Respondent(Collections.nCopies(22, 4),
                Collections.nCopies(22, 7), Map.of());
        ServqualAccumulator all = new ServqualAccumulator(standard);
        ServqualAnswers.add(all, one);
        ServqualAnswers.add(all, two);
        ServqualAccumulator left = new ServqualAccumulator(standard);
        ServqualAnswers.add(left, two);
        ServqualAccumulator right = new ServqualAccumulator(standard);
        ServqualAnswers.add(right, one);
        assertThat(left.merge(right).result()).isEqualTo(all.result());
        ServqualResult result = all.result().orElseThrow();
        assertThat(result.overallGap()).isEqualTo(1.0);
        assertThat(result.weightedPerRespondent()).isEmpty();
        assertThat(result.weightedAveraged()).isEmpty();
        assertThat(new ServqualAccumulator(standard).result()).isEmpty();
    }

    @Test
    void badInput_isRejectedNamingTheValue() {
        ServqualAccumulator accumulator = new ServqualAccumulator(ServqualInstrument.standard22());
        assertThatThrownBy(() -> ServqualAnswers.add(accumulator, new ServqualAnswers.Respondent(
                Collections.nCopies(22, 4), Collections.nCopies(22, 4), Map.of("empathy", 60.0))))
                .hasMessage("importancePoints must sum to 100, but summed to 60.0");
        assertThatThrownBy(() -> ServqualAnswers.add(accumulator, new ServqualAnswers.Respondent(List.of(1), List.of(1),
                Map.of()))).hasMessage("answers must have 22 items for this instrument, "
                + "but had 1");
        List<Integer> eights = new ArrayList<>(Collections.nCopies(22, 4));
        eights.set(2, 8);
        assertThatThrownBy(() -> ServqualAnswers.add(accumulator, new ServqualAnswers.Respondent(eights,
                Collections.nCopies(22, 4), Map.of())))
                .hasMessage("expectation must be between 1 and 7, but was 8");
        assertThatThrownBy(() -> ServqualAnswers.add(accumulator, new ServqualAnswers.Respondent(Collections.nCopies(22, 4),
                Collections.nCopies(22, 4), Map.of("price", 100.0))))
                .hasMessageContaining("but named 'price'");
        assertThat(accumulator.respondents()).isZero();
        assertThatThrownBy(() -> new ServqualInstrument(List.of("a"), Set.of(2), 1, 5))
                .hasMessage("reverseScored item must be between 1 and 1, but was 2");
    }

    // From dimension gaps and mean importance points, by hand: gaps tangibles -0.5, reliability
    // -1.2, responsiveness -0.8, assurance -0.3, empathy -0.6; overall (-3.4) / 5 = -0.68; points
    // 15, 30, 25, 15, 15: weighted -0.075 - 0.36 - 0.2 - 0.045 - 0.09 = -0.77.
    @Test
    void ofDimensionGaps_overallAndWeighted() {
        Map<String, Double> gaps = new java.util.LinkedHashMap<>();
        gaps.put("tangibles", -0.5);
        gaps.put("reliability", -1.2);
        gaps.put("responsiveness", -0.8);
        gaps.put("assurance", -0.3);
        gaps.put("empathy", -0.6);
        ServqualResult result = ServqualResult.ofDimensionGaps(200, gaps, Map.of("tangibles", 15.0,
                "reliability", 30.0, "responsiveness", 25.0, "assurance", 15.0, "empathy", 15.0));
        assertThat(result.respondents()).isEqualTo(200);
        assertThat(result.dimensionGaps().keySet()).containsExactly("tangibles", "reliability",
                "responsiveness", "assurance", "empathy");
        assertThat(result.overallGap()).isCloseTo(-0.68, within(1e-12));
        assertThat(result.weightedAveraged().getAsDouble()).isCloseTo(-0.77, within(1e-12));
        assertThat(result.weightedPerRespondent()).isEmpty();
        assertThat(result.itemGaps()).isEmpty();
        ServqualResult unweighted = ServqualResult.ofDimensionGaps(200, gaps, Map.of());
        assertThat(unweighted.weightedAveraged()).isEmpty();
        assertThat(unweighted.overallGap()).isCloseTo(-0.68, within(1e-12));
        assertThatThrownBy(() -> ServqualResult.ofDimensionGaps(200, gaps, Map.of("price", 100.0)))
                .hasMessage("importancePoints must name dimensions of [tangibles, reliability, responsiveness, "
                        + "assurance, empathy], but named 'price'");
        assertThatThrownBy(() -> ServqualResult.ofDimensionGaps(200, gaps, Map.of("tangibles", 60.0)))
                .hasMessage("importancePoints must sum to 100, but summed to 60.0");
        assertThatThrownBy(() -> ServqualResult.ofDimensionGaps(200, Map.of(), Map.of()))
                .hasMessage("dimensionGaps.size must be positive, but was 0");
    }

    // The accumulator's own dimension gaps and averaged weights fed back through the factory give
    // its overall and averaged-weights gaps.
    @Test
    void ofDimensionGaps_agreesWithTheAccumulator() {
        ServqualInstrument instrument = new ServqualInstrument(List.of("speed", "speed", "care"), Set.of(), 1, 7);
        ServqualAccumulator accumulator = new ServqualAccumulator(instrument);
        ServqualAnswers.add(accumulator, new ServqualAnswers.Respondent(List.of(5, 6, 7), List.of(4, 6, 5),
                Map.of("speed", 70.0, "care", 30.0)));
        ServqualAnswers.add(accumulator, new ServqualAnswers.Respondent(List.of(6, 6, 6), List.of(6, 3, 7),
                Map.of("speed", 40.0, "care", 60.0)));
        ServqualResult direct = accumulator.result().orElseThrow();
        List<Double> sums = accumulator.weightSums();
        ServqualResult fromGaps = ServqualResult.ofDimensionGaps(2, direct.dimensionGaps(),
                Map.of("speed", sums.get(0) / 2, "care", sums.get(1) / 2));
        assertThat(fromGaps.overallGap()).isCloseTo(direct.overallGap(), within(1e-12));
        assertThat(fromGaps.weightedAveraged().getAsDouble())
                .isCloseTo(direct.weightedAveraged().getAsDouble(), within(1e-12));
    }
}
