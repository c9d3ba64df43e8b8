package org.qualityloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.qualityloop.metrics.analysis.KanoCategory;
import org.qualityloop.metrics.analysis.KanoTally;
import org.qualityloop.metrics.analysis.ServqualAccumulator;
import org.qualityloop.metrics.analysis.ServqualAnswers;
import org.qualityloop.metrics.analysis.ServqualInstrument;
import org.qualityloop.model.survey.KanoAnswer;

/**
 * The {@link Mergeable} overflow contract, per accumulator: an add or a merge that would take a
 * counter past {@code Long.MAX_VALUE} throws {@link ArithmeticException} naming the counter and
 * leaves the receiver equal to what it was.
 */
class OverflowTest {

    private static final long MAX = Long.MAX_VALUE;

    /** Checks that the action on a fresh full accumulator throws naming the field and changes nothing. */
    private static <A> void overflows(Supplier<A> full, Consumer<A> action, String field) {
        A receiver = full.get();
        assertThatThrownBy(() -> action.accept(receiver))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageStartingWith(field + " overflows a long");
        assertThat(receiver).isEqualTo(full.get());
    }

    private static <A extends Mergeable<A>> void mergeOverflows(Supplier<A> full, Supplier<A> one, String field) {
        overflows(full, a -> a.merge(one.get()), field);
        overflows(full, a -> a.merge(a), field);
    }

    @Test
    void nps() {
        Supplier<NpsAccumulator> full = () -> NpsAccumulator.of(MAX, 0, 0);
        overflows(full, a -> a.add(9), "count");
        overflows(full, a -> a.add(0), "count");
        mergeOverflows(full, () -> NpsAccumulator.of(1, 0, 0), "promoters");
    }

    @Test
    void csat() {
        Supplier<CsatAccumulator> full = () -> CsatAccumulator.of(1, List.of(0L, 0L, 0L, 0L, MAX));
        overflows(full, a -> a.add(5), "counts[4]");
        overflows(full, a -> a.add(1), "count");
        mergeOverflows(full, () -> CsatAccumulator.of(1, List.of(0L, 0L, 0L, 0L, 1L)), "counts[4]");
        overflows(full, a -> a.merge(CsatAccumulator.of(1, List.of(1L, 0L, 0L, 0L, 0L))), "count");
    }

    @Test
    void ces() {
        Supplier<CesAccumulator> full = () -> CesAccumulator.of(CesForm.EFFORT_1_TO_5, List.of(MAX, 0L, 0L, 0L, 0L));
        overflows(full, a -> a.add(1), "counts[0]");
        overflows(full, a -> a.add(2), "count");
        mergeOverflows(full, () -> CesAccumulator.of(CesForm.EFFORT_1_TO_5, List.of(1L, 0L, 0L, 0L, 0L)),
                "counts[0]");
    }

    @Test
    void timeDistribution() {
        Supplier<TimeDistribution> full = () -> {
            TimeDistribution d = new TimeDistribution();
            d.addMillis(MAX);
            return d;
        };
        overflows(full, a -> a.addMillis(1), "sumMillis");
        mergeOverflows(full, () -> {
            TimeDistribution d = new TimeDistribution();
            d.addMillis(1);
            return d;
        }, "sumMillis");
        Supplier<TimeDistribution> many = () -> TimeDistribution.of(MAX, 0, 0, 0, MAX, 0, List.of(), List.of());
        overflows(many, a -> a.addMillis(0), "count");
        mergeOverflows(many, () -> TimeDistribution.of(1, 0, 0, 0, 1, 0, List.of(), List.of(0L)), "count");
    }

    @Test
    void firstContactResolution() {
        Supplier<FirstContactResolution> full = () -> FirstContactResolution.of(Optional.empty(), MAX, MAX);
        overflows(full, a -> a.addIssue(true), "issues");
        mergeOverflows(full, () -> FirstContactResolution.of(Optional.empty(), 1, 0), "issues");
    }

    @Test
    void handlingTime() {
        Supplier<HandlingTime> full = () -> HandlingTime.of(MAX, 1, 0, 0);
        overflows(full, a -> a.add(Duration.ZERO, Duration.ZERO, Duration.ZERO), "contacts");
        mergeOverflows(full, () -> HandlingTime.of(1, 0, 0, 0), "contacts");
        Supplier<HandlingTime> longTalk = () -> HandlingTime.of(1, MAX - 1, 0, 0);
        overflows(longTalk, a -> a.add(Duration.ZERO, Duration.ofMillis(2), Duration.ZERO), "handlingMillis");
    }

    @Test
    void slaCompliance() {
        Supplier<SlaCompliance> full = () -> SlaCompliance.of(MAX, 0, 0);
        overflows(full, SlaCompliance::addMet, "met");
        mergeOverflows(full, () -> SlaCompliance.of(1, 0, 0), "met");
    }

    @Test
    void complaintRate() {
        Supplier<ComplaintRate> full = () -> ComplaintRate.of(MAX, MAX);
        overflows(full, ComplaintRate::addComplaint, "complaints");
        overflows(full, a -> a.addVolume(1), "volume");
        mergeOverflows(full, () -> ComplaintRate.of(1, 0), "complaints");
    }

    @Test
    void caseOutcomeRates() {
        Supplier<CaseOutcomeRates> full = () -> CaseOutcomeRates.of(MAX, 0, 0);
        overflows(full, a -> a.add(true, false), "closed");
        mergeOverflows(full, () -> CaseOutcomeRates.of(1, 1, 0), "closed");
    }

    @Test
    void improvementActionExecution() {
        Supplier<ImprovementActionExecution> full = () -> ImprovementActionExecution.of(0, 0, 0, MAX);
        overflows(full, ImprovementActionExecution::addCancelled, "cancelled");
        mergeOverflows(full, () -> ImprovementActionExecution.of(0, 0, 0, 1), "cancelled");
    }

    @Test
    void backlogAge() {
        Supplier<BacklogAge> full = () -> BacklogAge.of(0, 0, MAX);
        overflows(full, a -> a.add(Duration.ofDays(40)), "over30Days");
        mergeOverflows(full, () -> BacklogAge.of(0, 0, 1), "over30Days");
    }

    @Test
    void kanoTally() {
        Supplier<KanoTally> full = () -> KanoTally.of(Map.of(KanoCategory.ATTRACTIVE, MAX));
        overflows(full, a -> a.add(KanoAnswer.LIKE, KanoAnswer.NEUTRAL), "counts[0]");
        overflows(full, a -> a.add(KanoAnswer.NEUTRAL, KanoAnswer.NEUTRAL), "count");
        mergeOverflows(full, () -> KanoTally.of(Map.of(KanoCategory.ATTRACTIVE, 1L)), "counts[0]");
    }

    @Test
    void servqual() {
        ServqualInstrument instrument = new ServqualInstrument(List.of("a"), Set.of(), 1, 5);
        Supplier<ServqualAccumulator> full = () -> ServqualAccumulator.of(instrument, MAX, List.of(MAX),
                List.of(MAX), 0, List.of(0.0), 0.0);
        overflows(full, a -> ServqualAnswers.add(a, new ServqualAnswers.Respondent(List.of(1), List.of(1), Map.of())),
                "expectationSums[0]");
        mergeOverflows(full, () -> ServqualAccumulator.of(instrument, 1, List.of(1L), List.of(1L), 0, List.of(0.0),
                0.0), "respondents");
    }
}
