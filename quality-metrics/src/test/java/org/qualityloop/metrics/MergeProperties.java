package org.qualityloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import org.qualityloop.metrics.analysis.KanoTally;
import org.qualityloop.metrics.analysis.ServqualAccumulator;
import org.qualityloop.metrics.analysis.ServqualInstrument;
import org.qualityloop.metrics.analysis.ServqualAnswers;
import org.qualityloop.metrics.analysis.ServqualResult;
import org.qualityloop.model.survey.KanoAnswer;

/**
 * For every {@link Mergeable} accumulator: splitting the observations anywhere into three parts,
 * accumulating the parts and merging them in two different orders and groupings gives exactly
 * the accumulator (and so the result) of all observations at once. {@link #kinds()} lists every
 * accumulator kind once, for this property and for the JSON module's round trips.
 */
public class MergeProperties {

    /** Creates the properties; jqwik instantiates the class per try. */
    public MergeProperties() {
    }

    /**
     * An accumulator kind: how to create one, add an observation drawn from an int, and merge.
     *
     * @param name a name for messages
     * @param empty creates an empty accumulator
     * @param add adds the observation drawn from a non-negative int
     * @param merge merges the second into the first
     * @param type the accumulator's class
     * @param <A> the accumulator type
     */
    public record Kind<A>(String name, Supplier<A> empty, BiConsumer<A, Integer> add, BinaryOperator<A> merge,
            Class<A> type) {

        /**
         * Accumulates observations into a new accumulator.
         *
         * @param values the observations
         * @return the accumulator
         */
        public A accumulate(List<Integer> values) {
            A a = empty.get();
            values.forEach(v -> add.accept(a, v));
            return a;
        }
    }

    private static final ServqualInstrument SERVQUAL = new ServqualInstrument(List.of("a", "a", "b", "c", "c", "c"),
            Set.of(2, 6), 1, 5);

    private static final KanoAnswer[] ANSWERS = KanoAnswer.values();

    /**
     * Returns every accumulator kind, configured variants separately.
     *
     * @return the kinds
     */
    public static List<Kind<?>> kinds() {
        return List.of(
                new Kind<>("nps", NpsAccumulator::new, (a, v) -> a.add(v % 11), NpsAccumulator::merge,
                        NpsAccumulator.class),
                new Kind<>("csat", CsatAccumulator::oneToFive, (a, v) -> a.add(1 + v % 5), CsatAccumulator::merge,
                        CsatAccumulator.class),
                new Kind<>("csat-0-10", () -> CsatAccumulator.ofScale(0, 10), (a, v) -> a.add(v % 11),
                        CsatAccumulator::merge, CsatAccumulator.class),
                new Kind<>("time", TimeDistribution::new, (a, v) -> a.addMillis(v % 7 == 0 ? 0 : v),
                        TimeDistribution::merge, TimeDistribution.class),
                new Kind<>("servqual", () -> new ServqualAccumulator(SERVQUAL), (a, v) -> a.add(
                        servqualRespondent(v, false).answers(), Map.of()), ServqualAccumulator::merge,
                        ServqualAccumulator.class),
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
        return kind.accumulate(values);
    }

    /** A SERVQUAL respondent for {@link #SERVQUAL} drawn from an int, with an allocation if asked and v % 3 != 0. */
    static ServqualAnswers.Respondent servqualRespondent(int v, boolean weighted) {
        List<Integer> e = new ArrayList<>();
        List<Integer> p = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            e.add(1 + (v >>> k) % 5);
            p.add(1 + (v >>> (k + 6)) % 5);
        }
        int wa = v % 101;
        int wb = (v / 101) % (101 - wa);
        Map<String, Double> points = !weighted || v % 3 == 0 ? Map.of()
                : Map.of("a", (double) wa, "b", (double) wb, "c", (double) (100 - wa - wb));
        return new ServqualAnswers.Respondent(e, p, points);
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
    }

    /** SERVQUAL: rating sums merge exactly; weighted sums up to floating-point rounding. */
    @Property(tries = 100)
    void servqual_mergeOfAnySplit_equalsAccumulatingAll(@ForAll("observations") List<Integer> values,
            @ForAll @IntRange(max = 100) int at) throws Exception {
        ServqualInstrument instrument = SERVQUAL;
        List<ServqualAnswers.Respondent> responses = new ArrayList<>();
        for (int v : values) {
            responses.add(servqualRespondent(v, true));
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
    }

    private static ServqualAccumulator servqual(ServqualInstrument instrument, List<ServqualAnswers.Respondent> responses) {
        ServqualAccumulator a = new ServqualAccumulator(instrument);
        responses.forEach(r -> ServqualAnswers.add(a, r));
        return a;
    }
}
