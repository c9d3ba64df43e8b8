package org.qualityloop.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParetoTest {

    // Complaint categories of a hotel (counts invented for the example, arithmetic by hand):
    // total 200; ranked noise 80 (0.40), cleanliness 60 (0.70), check-in delay 30 (0.85),
    // billing 20 (0.95), other 10 (1.00). The cumulative share first reaches 0.80 at
    // check-in delay, so the vital few are noise, cleanliness and check-in delay.
    @Test
    void of_ranksAndFindsVitalFew() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("billing", 20L);
        counts.put("noise", 80L);
        counts.put("other", 10L);
        counts.put("check-in delay", 30L);
        counts.put("cleanliness", 60L);
        Pareto<String> pareto = Pareto.of(counts).orElseThrow();
        assertThat(pareto.total()).isEqualTo(200);
        assertThat(pareto.entries()).extracting(ParetoEntry::category).containsExactly(
                "noise", "cleanliness", "check-in delay", "billing", "other");
        assertThat(pareto.entries()).extracting(ParetoEntry::cumulativeShare)
                .containsExactly(0.40, 0.70, 0.85, 0.95, 1.0);
        assertThat(pareto.entries().get(0).share()).isCloseTo(0.40, within(1e-12));
        assertThat(pareto.vitalFew()).containsExactly("noise", "cleanliness", "check-in delay");
    }

    // SymplProcess, "Pareto Analysis" (symplprocess.com/learn/pareto-analysis), Pareto chart
    // example: scratch 142, missing part 98, dimension OOS 67, wrong color 34, contamination 22,
    // other 31 (394 in all), with % of total 36, 25, 17, 9, 6, 8 and cumulative % 36, 61, 78, 87,
    // 92, 100, rounded to whole percent. The source lists "Other" last by the usual convention;
    // this class ranks by count only, so "other" (31) comes fifth, before contamination (22), and
    // the fifth cumulative share is 372 / 394 = 94 % here rather than the source's 92 %. The
    // first four ranks and their shares are as published.
    @Test
    void of_symplProcessExample_sharesAsPublished() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("scratch", 142L);
        counts.put("missing part", 98L);
        counts.put("dimension OOS", 67L);
        counts.put("wrong color", 34L);
        counts.put("contamination", 22L);
        counts.put("other", 31L);
        Pareto<String> pareto = Pareto.of(counts).orElseThrow();
        assertThat(pareto.total()).isEqualTo(394);
        assertThat(pareto.entries()).extracting(ParetoEntry::category).startsWith(
                "scratch", "missing part", "dimension OOS", "wrong color");
        double[] share = {36, 25, 17, 9};
        double[] cumulative = {36, 61, 78, 87};
        for (int i = 0; i < 4; i++) {
            ParetoEntry<String> entry = pareto.entries().get(i);
            assertThat(Math.round(entry.share() * 100)).as("share %d", i).isEqualTo((long) share[i]);
            assertThat(Math.round(entry.cumulativeShare() * 100)).as("cumulative %d", i)
                    .isEqualTo((long) cumulative[i]);
        }
        assertThat(pareto.entries().get(5).cumulativeShare()).isEqualTo(1.0);
    }

    @Test
    void of_exactlyAtCutoff_includesTheCategoryThatReachesIt() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("a", 8L);
        counts.put("b", 1L);
        counts.put("c", 1L);
        assertThat(Pareto.of(counts).orElseThrow().vitalFew()).containsExactly("a");
    }

    @Test
    void of_tiesKeepInputOrderAndZeroCountsAreNeverVital() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("x", 5L);
        counts.put("zero", 0L);
        counts.put("y", 5L);
        Pareto<String> pareto = Pareto.of(counts, 1.0).orElseThrow();
        assertThat(pareto.entries()).extracting(ParetoEntry::category)
                .containsExactly("x", "y", "zero");
        assertThat(pareto.vitalFew()).containsExactly("x", "y");
    }

    @Test
    void of_noCounts_isEmpty() {
        assertThat(Pareto.of(Map.of())).isEmpty();
        assertThat(Pareto.of(Map.of("a", 0L))).isEmpty();
    }

    @Test
    void of_badInput_isRejectedNamingTheValue() {
        assertThatThrownBy(() -> Pareto.of(Map.of("a", -3L)))
                .hasMessage("counts[a] must not be negative, but was -3");
        assertThatThrownBy(() -> Pareto.of(Map.of("a", 3L), 0.0))
                .hasMessage("cutoff must be greater than 0 and at most 1, but was 0.0");
    }
}
