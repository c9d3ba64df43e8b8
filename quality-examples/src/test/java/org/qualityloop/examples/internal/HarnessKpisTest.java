package org.qualityloop.examples.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qualityloop.examples.Scenarios;
import org.qualityloop.examples.scenario.Measure;
import org.qualityloop.examples.scenario.Scenario;
import org.qualityloop.examples.scenario.ScenarioKpi;
import org.qualityloop.examples.simulation.SimulationResult;
import org.qualityloop.metrics.CaseOutcomeRates;
import org.qualityloop.metrics.CesAccumulator;
import org.qualityloop.metrics.CesForm;
import org.qualityloop.metrics.ComplaintRate;
import org.qualityloop.metrics.CsatAccumulator;
import org.qualityloop.metrics.FirstContactResolution;
import org.qualityloop.metrics.ImprovementActionExecution;
import org.qualityloop.metrics.NpsAccumulator;
import org.qualityloop.metrics.Proportion;
import org.qualityloop.metrics.SlaCompliance;
import org.qualityloop.metrics.TimeDistribution;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.KpiId;
import org.qualityloop.model.StageId;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.kpi.KpiUnit;
import org.qualityloop.model.outcome.CaseOutcome;
import org.qualityloop.model.outcome.Closure;
import org.qualityloop.model.sla.SlaResult;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.survey.CesResponse;
import org.qualityloop.model.survey.CsatResponse;
import org.qualityloop.model.survey.NpsResponse;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseEventType;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.store.InMemoryCaseStore;

/**
 * Every KPI the harness prints equals the library's accumulator over the same cases: the run's
 * feedback cases are read back from its case store and replayed, its journeys and survey answers
 * are taken from its raw log, and each KPI of the scenario's scorecard is recomputed here
 * independently of the simulator's own bookkeeping — with {@code quality-metrics}' accumulators
 * for every KPI the library defines, and from the definitions in docs/scenarios.md for the two
 * the harness defines itself (success rate, escalation rate).
 */
class HarnessKpisTest {

    @ParameterizedTest
    @ValueSource(strings = {"business-travel", "hotel", "passenger-transport"})
    void everyPrintedKpi_equalsTheLibraryAccumulatorOverTheSameCases(String name) {
        Scenario scenario = switch (name) {
            case "business-travel" -> Scenarios.businessTravel();
            case "hotel" -> Scenarios.hotel();
            default -> Scenarios.passengerTransport();
        };
        InMemoryCaseStore store = new InMemoryCaseStore();
        Recorder log = new Recorder();
        SimulationResult r = Simulator.run(scenario, 7, 3_000, (done, total, at) -> { }, store, log);
        Library lib = new Library(scenario, store, r.run().feedbackCases(), log);

        int checked = 0;
        for (ScenarioKpi kpi : scenario.kpis()) {
            KpiId id = kpi.definition().id();
            Optional<BigDecimal> expected = lib.value(kpi);
            assertThat(r.value(id.value())).as("KPI %s (%s)", id, kpi.measure().describe()).isEqualTo(expected);
            assertThat(expected).as("KPI %s has data in a 3,000-case run", id).isPresent();
            checked++;
        }
        assertThat(checked).isEqualTo(r.scorecard().rows().size()).isPositive();

        // The other figures the console prints next to the scorecard.
        assertThat(r.nps()).isEqualTo(lib.nps.result());
        assertThat(r.surveys().csat()).isEqualTo(lib.csat.result());
        assertThat(r.surveys().ces()).isEqualTo(lib.ces.result());
        Map<SlaTarget, Proportion> compliance = new LinkedHashMap<>();
        lib.sla.forEach((t, c) -> c.compliance().ifPresent(p -> compliance.put(t, p)));
        assertThat(r.slaCompliance()).isEqualTo(compliance);
        assertThat(r.workflow().confirmed() + r.workflow().unreachable() + r.workflow().rejected())
                .isEqualTo(lib.outcomes.closed());
    }

    /** The run's raw observations. */
    private static final class Recorder implements RunLog {
        final List<Journey> journeys = new ArrayList<>();
        final List<NpsResponse> nps = new ArrayList<>();
        final List<CsatResponse> csat = new ArrayList<>();
        final List<CesResponse> ces = new ArrayList<>();

        @Override
        public void journey(Journey journey) {
            journeys.add(journey);
        }

        @Override
        public void nps(NpsResponse answer) {
            nps.add(answer);
        }

        @Override
        public void csat(CsatResponse answer) {
            csat.add(answer);
        }

        @Override
        public void ces(CesResponse answer) {
            ces.add(answer);
        }
    }

    /** The library's accumulators over the run's cases, journeys and answers. */
    private static final class Library {
        final Scenario scenario;
        final CaseOutcomeRates outcomes = new CaseOutcomeRates();
        final FirstContactResolution fcr = FirstContactResolution.resolvedAtFirstContact();
        final ImprovementActionExecution actions = new ImprovementActionExecution();
        final Map<SlaTarget, SlaCompliance> sla = new TreeMap<>();
        final TimeDistribution firstResponse = new TimeDistribution();
        final TimeDistribution resolution = new TimeDistribution();
        long validClosed;
        long escalated;
        final NpsAccumulator nps = new NpsAccumulator();
        final CsatAccumulator csat = CsatAccumulator.oneToFive();
        final Map<StageId, CsatAccumulator> stageCsat = new HashMap<>();
        final CesAccumulator ces = CesAccumulator.of(CesForm.AGREEMENT_1_TO_7);
        final ComplaintRate complaints = new ComplaintRate();
        final Map<StageId, long[]> stages = new HashMap<>(); // reached, failed, with feedback
        final Map<TouchpointId, long[]> steps = new HashMap<>(); // uses, failures, with feedback
        final Map<StageId, TimeDistribution> stageTime = new HashMap<>();
        final Map<TouchpointId, TimeDistribution> stepTime = new HashMap<>();

        Library(Scenario scenario, InMemoryCaseStore store, long feedbackCases, Recorder log) {
            this.scenario = scenario;
            Measurements.targets(scenario).forEach(t -> sla.put(t, new SlaCompliance()));
            FeedbackLifecycle lifecycle = FeedbackLifecycle.builder(scenario.calendar())
                    .maxFollowUpAttempts(scenario.desk().followUpAttempts()).build();
            for (long i = 1; i <= feedbackCases; i++) {
                List<CaseEvent> history = store.history(CaseId.of("case-" + i));
                CaseOutcome o = lifecycle.replay(history).outcome().orElseThrow();
                feedbackCase(o, history);
            }
            for (RunLog.Journey j : log.journeys) {
                journey(j);
            }
            log.nps.forEach(nps::add);
            for (CsatResponse a : log.csat) {
                csat.add(a);
                stageCsat.computeIfAbsent(a.context().stage().orElseThrow(), s -> CsatAccumulator.oneToFive()).add(a);
            }
            log.ces.forEach(ces::add);
        }

        private void feedbackCase(CaseOutcome o, List<CaseEvent> history) {
            outcomes.add(o);
            if (history.stream().anyMatch(e -> e.type() == CaseEventType.START_RECTIFICATION)) {
                boolean late = o.sla(SlaTarget.RESOLUTION).stream().anyMatch(s -> s.cycle() == 1 && s.breached());
                if (late) {
                    actions.addCompletedLate();
                } else {
                    actions.addCompletedOnTime();
                }
            }
            if (o.closure() == Closure.REJECTED) {
                return;
            }
            validClosed++;
            if (o.escalationCount() > 0) {
                escalated++;
            }
            // Resolved at the first contact: the first resolution came with the first response.
            Optional<CaseEvent> responded = first(history, CaseEventType.RESPOND);
            Optional<CaseEvent> resolved = first(history, CaseEventType.RESOLVE);
            boolean atFirstContact = responded.isPresent() && resolved.isPresent()
                    && resolved.get().at().equals(responded.get().at());
            fcr.addIssue(atFirstContact && !o.wasReopened());
            sla.forEach((t, c) -> c.add(o, t));
            o.sla(SlaTarget.FIRST_RESPONSE).stream().filter(s -> s.cycle() == 1).map(SlaResult::elapsed)
                    .forEach(firstResponse::add);
            resolution.add(scenario.calendar().workingTimeBetween(o.receivedAt(), o.resolvedAt().orElseThrow()));
        }

        private static Optional<CaseEvent> first(List<CaseEvent> history, CaseEventType type) {
            return history.stream().filter(e -> e.type() == type).findFirst();
        }

        private void journey(RunLog.Journey j) {
            complaints.addVolume(1);
            if (j.validFeedback()) {
                complaints.addComplaint();
            }
            Map<StageId, long[]> seen = new LinkedHashMap<>(); // failed, with feedback, millis
            for (RunLog.StepVisit v : j.steps()) {
                long ms = Duration.between(v.start(), v.end()).toMillis();
                long[] step = steps.computeIfAbsent(v.touchpoint(), t -> new long[3]);
                step[0]++;
                step[1] += v.failed() ? 1 : 0;
                step[2] += v.feedback() ? 1 : 0;
                stepTime.computeIfAbsent(v.touchpoint(), t -> new TimeDistribution()).addMillis(ms);
                long[] s = seen.computeIfAbsent(v.stage(), k -> new long[3]);
                s[0] |= v.failed() ? 1 : 0;
                s[1] |= v.feedback() ? 1 : 0;
                s[2] += ms;
            }
            seen.forEach((stage, s) -> {
                long[] st = stages.computeIfAbsent(stage, k -> new long[3]);
                st[0]++;
                st[1] += s[0];
                st[2] += s[1];
                stageTime.computeIfAbsent(stage, k -> new TimeDistribution()).addMillis(s[2]);
            });
        }

        Optional<BigDecimal> value(ScenarioKpi kpi) {
            Measure m = kpi.measure();
            KpiUnit unit = kpi.definition().unit();
            Function<TimeDistribution, Optional<BigDecimal>> time = d -> d.result().map(r -> inUnit(switch (m.statistic()) {
                case MEAN -> r.mean();
                case MEDIAN -> r.p50();
                case P90 -> r.p90();
            }, unit));
            return switch (m.kind()) {
                case SUCCESS_RATE -> m.stage().isPresent()
                        ? Optional.ofNullable(stages.get(m.stage().get())).map(s -> percent(s[0] - s[1], s[0]))
                        : Optional.ofNullable(steps.get(m.touchpoint().get())).map(s -> percent(s[0] - s[1], s[0]));
                case STAGE_TIME -> Optional.ofNullable(stageTime.get(m.stage().get())).flatMap(time);
                case STEP_TIME -> Optional.ofNullable(stepTime.get(m.touchpoint().get())).flatMap(time);
                case COMPLAINT_RATE -> (m.touchpoint().isPresent()
                        ? Optional.ofNullable(steps.get(m.touchpoint().get())).map(s -> ComplaintRate.of(s[2], s[0]))
                        : m.stage().isPresent()
                        ? Optional.ofNullable(stages.get(m.stage().get())).map(s -> ComplaintRate.of(s[2], s[0]))
                        : Optional.of(complaints))
                        .flatMap(c -> c.per(100).isPresent() ? Optional.of(round(c.per(100).getAsDouble(), 2))
                                : Optional.empty());
                case CSAT -> (m.stage().isPresent() ? Optional.ofNullable(stageCsat.get(m.stage().get()))
                        : Optional.of(csat)).flatMap(CsatAccumulator::result).map(c -> round(c.mean(), 2));
                case CES -> ces.result().map(c -> round(c.mean(), 2));
                case NPS -> nps.result().map(n -> round(n.score(), 1));
                case FIRST_RESPONSE_TIME -> time.apply(firstResponse);
                case RESOLUTION_TIME -> time.apply(resolution);
                case RESOLUTION_RATE -> outcomes.resolutionRate().map(HarnessKpisTest::percent);
                case REOPEN_RATE -> outcomes.reopenRate().map(HarnessKpisTest::percent);
                case ESCALATION_RATE -> validClosed == 0 ? Optional.empty()
                        : Optional.of(percent(escalated, validClosed));
                case FIRST_CONTACT_RESOLUTION -> fcr.rate().map(HarnessKpisTest::percent);
                case SLA_COMPLIANCE -> Optional.ofNullable(sla.get(m.target().get()))
                        .flatMap(SlaCompliance::compliance).map(HarnessKpisTest::percent);
                case ACTION_EXECUTION -> actions.executionRate().map(HarnessKpisTest::percent);
            };
        }
    }

    private static BigDecimal percent(long successes, long trials) {
        return percent(Proportion.of(successes, trials));
    }

    private static BigDecimal percent(Proportion p) {
        return round(p.percent(), 2);
    }

    private static BigDecimal round(double v, int places) {
        return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP);
    }

    /** A duration in a time unit, to two decimals, rounded half up: how the scorecard prints it. */
    private static BigDecimal inUnit(Duration d, KpiUnit unit) {
        long seconds = switch (unit) {
            case SECONDS -> 1;
            case MINUTES -> 60;
            case HOURS -> 3_600;
            case DAYS -> 86_400;
            default -> throw new IllegalArgumentException("not a time unit: " + unit);
        };
        return new BigDecimal(d.toNanos()).divide(BigDecimal.valueOf(seconds * 1_000_000_000L), 2,
                RoundingMode.HALF_UP);
    }
}

