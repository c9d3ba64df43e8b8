package org.qualityloop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.qualityloop.metrics.NpsAccumulator;
import org.qualityloop.metrics.TimeDistribution;
import org.qualityloop.metrics.analysis.Alternative;
import org.qualityloop.metrics.analysis.BeforeAfter;
import org.qualityloop.metrics.analysis.MannWhitneyTest;
import org.qualityloop.metrics.analysis.TwoProportionTest;
import org.qualityloop.model.BlueprintLane;
import org.qualityloop.model.Channel;
import org.qualityloop.model.JourneyPhase;
import org.qualityloop.model.ServiceProcess;
import org.qualityloop.model.StageId;
import org.qualityloop.model.Touchpoint;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.jackson.QualityLoopJson;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.sla.SlaStatus;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.machine.Guard;
import org.qualityloop.workflow.machine.Outcome;
import org.qualityloop.workflow.machine.Rejection;
import org.qualityloop.workflow.machine.StateMachine;

/** The README's usage examples, compiled and run against the public API so they cannot drift. */
class ReadmeExamplesTest {

    @Test
    void model_processAndBlueprint() throws Exception {
        ServiceProcess travel = ServiceProcess.builder("business-travel", "Business travel")
                .stage("booking", "Booking").stage("approval", "Approval")
                .touchpoint(Touchpoint.builder("search", "Search fares").stage("booking")
                        .phase(JourneyPhase.INFORMATION).channel(Channel.APP)
                        .lane(BlueprintLane.CUSTOMER_ACTION).ownedBy("booking-team"))
                .touchpoint(Touchpoint.builder("approve", "Manager approves").stage("approval")
                        .phase(JourneyPhase.DELIVERY).channel(Channel.MINI_PROGRAM)
                        .lane(BlueprintLane.FRONT_STAGE).ownedBy("client-admin").momentOfTruth())
                .requireNonEmptyStages()
                .build();
        assertThat(travel.touchpoints(StageId.of("approval"), BlueprintLane.FRONT_STAGE))
                .extracting(Touchpoint::name).containsExactly("Manager approves");
        assertThat(travel.momentsOfTruth()).hasSize(1);

        String json = QualityLoopJson.write(travel);
        assertThat(QualityLoopJson.read(json, ServiceProcess.class)).isEqualTo(travel);
    }

    @Test
    void model_calendarAndSlaClock() {
        BusinessCalendar cal = BusinessCalendar.builder("support", "Europe/Berlin")
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-17:00"))
                .holiday(MonthDay.of(12, 25))
                .specialHours(MonthDay.of(12, 24), WorkingInterval.parse("09:00-12:00"))
                .build();
        // Thu 24 Dec 2026 10:00 Berlin (09:00Z): 2 h on the eve (to 12:00), Fri 25th off,
        // the weekend off, then 6 h from Mon 28th 09:00 = 15:00 Berlin = 14:00Z.
        Instant receivedAt = Instant.parse("2026-12-24T09:00:00Z");
        assertThat(cal.plus(receivedAt, Duration.ofHours(8))).isEqualTo(Instant.parse("2026-12-28T14:00:00Z"));

        // Paused from 11:00 on the eve until the customer replies Mon 28th 09:00: only the hour
        // 10:00-11:00 counted, so 7 h remain from Monday 09:00 = 16:00 Berlin = 15:00Z.
        Instant waitingSince = Instant.parse("2026-12-24T10:00:00Z");
        Instant customerRepliedAt = Instant.parse("2026-12-28T08:00:00Z");
        SlaClock clock = SlaClock.start(SlaTarget.RESOLUTION, Duration.ofHours(8), receivedAt, cal)
                .pause(waitingSince).resume(customerRepliedAt, cal);
        Instant now = Instant.parse("2026-12-28T10:00:00Z");
        assertThat(clock.status(cal, now)).isEqualTo(SlaStatus.RUNNING);
        assertThat(clock.deadline(cal, now)).isEqualTo(Instant.parse("2026-12-28T15:00:00Z"));
    }

    @Test
    void metrics_beforeAfterTests() {
        // complaints in 60 of 1,000 orders before, 40 of 1,000 after: did the rate fall?
        TwoProportionTest rate = BeforeAfter.twoProportions(60, 1000, 40, 1000, Alternative.GREATER).orElseThrow();
        assertThat(rate.z()).isCloseTo(2.052, within(5e-4));
        assertThat(rate.pooledProportion()).isCloseTo(0.05, within(1e-12));
        assertThat(rate.standardError()).isCloseTo(0.00975, within(5e-6));
        assertThat(rate.pValue()).isCloseTo(0.0201, within(5e-5));
        assertThat(rate.difference()).isCloseTo(0.02, within(1e-12));
        assertThat(rate.newcombeInterval().lower()).isCloseTo(0.0008, within(5e-5));
        assertThat(rate.newcombeInterval().upper()).isCloseTo(0.0395, within(5e-5));
        assertThat(rate.cohensH()).isCloseTo(0.092, within(5e-4));
        assertThat(rate.cohensHInterval().lower()).isCloseTo(0.005, within(5e-4));
        assertThat(rate.cohensHInterval().upper()).isCloseTo(0.180, within(5e-4));

        double[] before = {0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46};
        double[] after = {1.15, 0.88, 0.90, 0.74, 1.21};
        MannWhitneyTest time = BeforeAfter.mannWhitney(before, after, Alternative.GREATER).orElseThrow();
        assertThat(time.u()).isEqualTo(35.0);
        assertThat(time.method()).isEqualTo(MannWhitneyTest.Method.EXACT);
        assertThat(time.pValue()).isCloseTo(382.0 / 3003, within(1e-12));
        assertThat(time.rankBiserial()).isCloseTo(0.4, within(1e-12));
        assertThat(time.rankBiserialInterval().lower()).isCloseTo(-0.152, within(5e-4));
        assertThat(time.rankBiserialInterval().upper()).isCloseTo(0.952, within(5e-4));
    }

    @Test
    void metrics_accumulateMergeAndShip() throws Exception {
        NpsAccumulator nps = new NpsAccumulator();
        TimeDistribution response = new TimeDistribution();
        int[] scores = {10, 9, 8, 6, 10};
        for (int score : scores) {
            nps.add(score);
            response.add(Duration.ofMinutes(score));
        }
        NpsAccumulator otherPartition = new NpsAccumulator();
        otherPartition.add(0);
        // The partial is shipped before the merge, which adds otherPartition into nps itself
        // (its JSON form is checked in quality-jackson's MetricsReadmeExampleTest).
        NpsAccumulator partial = NpsAccumulator.of(nps.promoters(), nps.passives(), nps.detractors());
        assertThat(nps.merge(otherPartition)).isSameAs(nps);
        assertThat(otherPartition).isEqualTo(NpsAccumulator.of(0, 0, 1));
        // 3 promoters, 2 detractors of 6 responses: (3 - 2) / 6 * 100.
        assertThat(nps.result().orElseThrow().score()).isCloseTo(100.0 / 6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(partial.count()).isEqualTo(5);
        assertThat(response.result().orElseThrow().p95()).isEqualTo(Duration.ofMinutes(10));
    }

    enum Step { DRAFT, SUBMITTED, APPROVED, PAID }

    enum Command { SUBMIT, APPROVE, PAY }

    record Claim(Step step, BigDecimal amount) { }

    record Approver(String role, BigDecimal limit) { }

    @Test
    void workflow_stateMachine() {
        StateMachine<Step, Command, Claim, Approver> flow =
                StateMachine.<Step, Command, Claim, Approver>builder(Step.class, Command.class)
                        .initial(Step.DRAFT).terminal(Step.PAID)
                        .transition(Step.DRAFT, Command.SUBMIT, Step.SUBMITTED)
                        .guardedTransition(Step.SUBMITTED, Command.APPROVE, Step.APPROVED,
                                Guard.of("amount within the approver's limit",
                                        (claim, approver) -> claim.amount().compareTo(approver.limit()) <= 0))
                        .transition(Step.APPROVED, Command.PAY, Step.PAID)
                        .build();
        Claim claim = new Claim(Step.SUBMITTED, new BigDecimal("900"));
        Approver teamLead = new Approver("team lead", new BigDecimal("500"));

        Outcome<Step, Command> o = flow.fire(claim.step(), Command.APPROVE, claim, teamLead);
        assertThat(o).isInstanceOf(Rejection.class);
        assertThat(((Rejection<Step, Command>) o).message()).contains("APPROVE").contains("SUBMITTED");
        assertThat(flow.toMermaid()).contains("SUBMITTED");
    }
}
