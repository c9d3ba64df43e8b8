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
