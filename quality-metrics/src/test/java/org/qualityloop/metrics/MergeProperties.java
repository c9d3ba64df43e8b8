package org.qualityloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.qualityloop.metrics.analysis.KanoAnswer;
import org.qualityloop.metrics.analysis.KanoTally;
import org.qualityloop.metrics.analysis.ServqualAccumulator;
import org.qualityloop.metrics.analysis.ServqualInstrument;
import org.qualityloop.metrics.analysis.ServqualResponse;
import org.qualityloop.metrics.analysis.ServqualResult;
import org.qualityloop.model.json.QualityLoopJson;

/**
 * For every mergeable accumulator: splitting the observations anywhere into three parts,
 * accumulating the parts and merging them in two different orders and groupings gives exactly
 * the accumulator (and so the result) of all observations at once; every partial aggregate
 * survives its JSON form unchanged. (NPS, CSAT and time distributions: {@link AccumulatorProperties}.)
 */
class MergeProperties {

    private static final ObjectMapper MAPPER = QualityLoopJson.mapper();

    /** An accumulator kind: how to create one, add an observation drawn from an int, and merge. */
    record Kind<A>(String name, Supplier<A> empty, BiConsumer<A, Integer> add, BinaryOperator<A> merge,
            Class<A> type) {
    }

    private static final KanoAnswer[] ANSWERS = KanoAnswer.values();

    static List<Kind<?>> kinds() {
        return List.of(
                new Kind<>("ces-agreement", () -> CesAccumulator.of(CesForm.AGREEMENT_1_TO_7),
                        (a, v) -> a.add(1 + v % 7), CesAccumulator::merge, CesAccumulator.class),
                new Kind<>("ces-effort", () -> CesAccumulator.of(CesForm.EFFORT_1_TO_5),
                        (a, v) -> a.add(1 + v % 5), CesAccumulator::merge, CesAccumulator.class),
                new Kind<>("fcr-first-contact", FirstContactResolution::resolvedAtFirstContact,
                        (a, v) -> a.addIssue(v % 3 != 0), FirstContactResolution::merge,
                        FirstContactResolution.class),
                new Kind<>("fcr-repeat", () -> FirstContactResolution.noRepeatWithin(Duration.ofDays(7)),
                        (a, v) -> a.addIssueWithRepeat(v % 4 == 0), FirstContactResolution::merge,
                        FirstContactResolution.class),
                new Kind<>("aht", HandlingTime::new,
                        (a, v) -> a.add(Duration.ofMillis(v % 900_000), Duration.ofMillis(v % 70_000),
                                Duration.ofMillis(v % 30_000)), HandlingTime::merge, HandlingTime.class),
                new Kind<>("sla", SlaCompliance::new, (a, v) -> {
                    switch (v % 3) {
                        case 0 -> a.addMet();
                        case 1 -> a.addBreached();
                        default -> a.addRunning();
                    }
                }, SlaCompliance::merge, SlaCompliance.class),
                new Kind<>("complaints", ComplaintRate::new, (a, v) -> {
                    if (v % 2 == 0) {
                        a.addComplaint();
                    } else {
                        a.addVolume(v % 500);
                    }
                }, ComplaintRate::merge, ComplaintRate.class),
                new Kind<>("outcomes", CaseOutcomeRates::new, (a, v) -> a.add(v % 2 == 0, v % 4 == 0),
                        CaseOutcomeRates::merge, CaseOutcomeRates.class),
                new Kind<>("actions", ImprovementActionExecution::new, (a, v) -> {
                    switch (v % 4) {
                        case 0 -> a.addCompletedOnTime();
                        case 1 -> a.addCompletedLate();
                        case 2 -> a.addOverdue();
                        default -> a.addCancelled();
                    }
                }, ImprovementActionExecution::merge, ImprovementActionExecution.class),
                new Kind<>("backlog", BacklogAge::new, (a, v) -> a.add(Duration.ofHours(v % 1_000)),
                        BacklogAge::merge, BacklogAge.class),
                new Kind<>("kano", KanoTally::new, (a, v) -> a.add(ANSWERS[v % 5], ANSWERS[(v / 5) % 5]),
                        KanoTally::merge, KanoTally.class));
    }

    @Provide
    Arbitrary<List<Integer>> observations() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMaxSize(200);
    }

    private static <A> A accumulate(Kind<A> kind, List<Integer> values) {
        A a = kind.empty().get();
        values.forEach(v -> kind.add().accept(a, v));
        return a;
    }

    @Property(tries = 200)
    void everyAccumulator_mergeOfAnySplit_equalsAccumulatingAll(@ForAll("observations") List<Integer> values,
            @ForAll @IntRange(max = 100) int first, @ForAll @IntRange(max = 100) int second) throws Exception {
        int i = Math.min(values.size() * first / 100, values.size() * second / 100);
        int j = Math.max(values.size() * first / 100, values.size() * second / 100);
        for (Kind<?> kind : kinds()) {
            check(kind, values, i, j);
        }
    }

    private static <A> void check(Kind<A> kind, List<Integer> values, int i, int j) throws Exception {
        A all = accumulate(kind, values);
        A a = accumulate(kind, values.subList(0, i));
        A b = accumulate(kind, values.subList(i, j));
        A c = accumulate(kind, values.subList(j, values.size()));
        A left = kind.merge().apply(kind.merge().apply(kind.merge().apply(kind.empty().get(), a), b), c);
        A right = kind.merge().apply(kind.merge().apply(kind.empty().get(), c),
                kind.merge().apply(kind.merge().apply(kind.empty().get(), b), a));
        assertThat(left).as(kind.name()).isEqualTo(all);
        assertThat(right).as(kind.name()).isEqualTo(all);
        for (A part : List.of(a, b, c, all)) {
            assertThat(MAPPER.readValue(MAPPER.writeValueAsString(part), kind.type())).as(kind.name() + " JSON")
                    .isEqualTo(part);
        }
    }

    /** SERVQUAL: rating sums merge exactly; weighted sums up to floating-point rounding. */
    @Property(tries = 100)
    void servqual_mergeOfAnySplit_equalsAccumulatingAll(@ForAll("observations") List<Integer> values,
            @ForAll @IntRange(max = 100) int at) throws Exception {
        ServqualInstrument instrument = new ServqualInstrument(List.of("a", "a", "b", "c", "c", "c"), Set.of(2, 6),
                1, 5);
        List<ServqualResponse> responses = new ArrayList<>();
        for (int v : values) {
            List<Integer> e = new ArrayList<>();
            List<Integer> p = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                e.add(1 + (v >>> k) % 5);
                p.add(1 + (v >>> (k + 6)) % 5);
            }
            int wa = v % 101;
            int wb = (v / 101) % (101 - wa);
            Map<String, Double> points = v % 3 == 0 ? Map.of()
                    : Map.of("a", (double) wa, "b", (double) wb, "c", (double) (100 - wa - wb));
            responses.add(new ServqualResponse(e, p, points));
        }
        int i = responses.size() * at / 100;
        ServqualAccumulator all = servqual(instrument, responses);
        ServqualAccumulator merged = servqual(instrument, responses.subList(i, responses.size()))
                .merge(servqual(instrument, responses.subList(0, i)));
        assertThat(merged.respondents()).isEqualTo(all.respondents());
        all.result().ifPresentOrElse(expected -> {
            ServqualResult actual = merged.result().orElseThrow();
            assertThat(actual.itemGaps()).isEqualTo(expected.itemGaps());
            assertThat(actual.dimensionGaps()).isEqualTo(expected.dimensionGaps());
            assertThat(actual.overallGap()).isEqualTo(expected.overallGap());
            assertThat(actual.weightedPerRespondent().isPresent()).isEqualTo(expected.weightedPerRespondent().isPresent());
            expected.weightedPerRespondent().ifPresent(w -> assertThat(actual.weightedPerRespondent().getAsDouble())
                    .isCloseTo(w, within(1e-9)));
            expected.weightedAveraged().ifPresent(w -> assertThat(actual.weightedAveraged().getAsDouble())
                    .isCloseTo(w, within(1e-9)));
        }, () -> assertThat(merged.result()).isEmpty());
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(merged), ServqualAccumulator.class)).isEqualTo(merged);
    }

    private static ServqualAccumulator servqual(ServqualInstrument instrument, List<ServqualResponse> responses) {
        ServqualAccumulator a = new ServqualAccumulator(instrument);
        responses.forEach(a::add);
        return a;
    }
}
