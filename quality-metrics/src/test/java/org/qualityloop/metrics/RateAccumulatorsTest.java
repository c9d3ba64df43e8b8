package org.qualityloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.sla.SlaTarget;

class RateAccumulatorsTest {

    // 8 met, 2 breached, 5 running: compliance = 8 / (8 + 2) = 0.8; running excluded.
    @Test
    void slaCompliance_excludesRunningItems() throws Exception {
        SlaCompliance sla = new SlaCompliance();
        for (int i = 0; i < 8; i++) {
            sla.addMet();
        }
        sla.addBreached();
        sla.addBreached();
        for (int i = 0; i < 5; i++) {
            sla.addRunning();
        }
        assertThat(sla.compliance()).contains(Proportion.of(8, 10));
        assertThat(sla.compliance().orElseThrow().percent()).isCloseTo(80.0, within(1e-12));
        assertThat(sla.running()).isEqualTo(5);
    }

    // Four resolution clocks of 8 h on a Mon-Fri 09-17 UTC calendar, measured Wed 4 Mar 12:00:
    // met (stopped Mon 15:00), breached (started Mon 09:00, deadline Mon 17:00, still open),
    // running (started Wed 09:00, deadline Thu 09:00), paused and cancelled. Compliance counts the
    // met and the breached: 1 / 2; running and paused are still running; cancelled is not counted.
    @Test
    void slaCompliance_fromClockStatuses() {
        BusinessCalendar office = BusinessCalendar.builder("office", ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-17:00")).build();
        Instant monday = Instant.parse("2026-03-02T09:00:00Z");
        Instant now = Instant.parse("2026-03-04T12:00:00Z");
        SlaClock open = SlaClock.start(SlaTarget.RESOLUTION, Duration.ofHours(8), monday, office);
        SlaClock wednesday = SlaClock.start(SlaTarget.RESOLUTION, Duration.ofHours(8),
                Instant.parse("2026-03-04T09:00:00Z"), office);
        SlaCompliance sla = new SlaCompliance();
        for (SlaClock clock : List.of(open.stop(Instant.parse("2026-03-02T15:00:00Z"), office), open, wednesday,
                wednesday.pause(Instant.parse("2026-03-04T10:00:00Z")),
                wednesday.cancel(Instant.parse("2026-03-04T11:00:00Z")))) {
            sla.add(clock.status(office, now));
        }
        assertThat(sla).isEqualTo(SlaCompliance.of(1, 1, 2));
        assertThat(sla.compliance()).contains(Proportion.of(1, 2));
    }

    @Test
    void slaCompliance_onlyRunning_isEmpty() {
        SlaCompliance sla = new SlaCompliance();
        sla.addRunning();
        assertThat(sla.compliance()).isEmpty();
    }

    // 6 on time, 2 late, 2 overdue, 3 cancelled: 6 / (6 + 2 + 2) = 0.6; cancelled excluded.
    @Test
    void improvementActionExecution_definitionExcludesCancelled() throws Exception {
        ImprovementActionExecution actions = ImprovementActionExecution.of(6, 2, 2, 3);
        assertThat(actions.executionRate()).contains(Proportion.of(6, 10));
        assertThat(ImprovementActionExecution.of(0, 0, 0, 4).executionRate()).isEmpty();
    }

    // 12 complaints over 4,800 orders = 2.5 per 1,000.
    @Test
    void complaintRate_perThousand() throws Exception {
        ComplaintRate rate = new ComplaintRate();
        for (int i = 0; i < 12; i++) {
            rate.addComplaint();
        }
        rate.addVolume(3_000);
        rate.addVolume(1_800);
        assertThat(rate.perThousand().orElseThrow()).isCloseTo(2.5, within(1e-12));
        assertThat(rate.per(10_000).orElseThrow()).isCloseTo(25.0, within(1e-12));
        assertThat(new ComplaintRate().perThousand()).isEmpty();
        assertThatThrownBy(() -> rate.addVolume(-1))
                .hasMessage("units must not be negative, but was -1");
    }

    // 10 closed: 8 resolved, of which 2 reopened -> resolution 0.8, reopen 2 / 8 = 0.25.
    @Test
    void caseOutcomeRates_resolutionAndReopen() throws Exception {
        CaseOutcomeRates rates = new CaseOutcomeRates();
        for (int i = 0; i < 10; i++) {
            rates.add(i < 8, i < 2);
        }
        assertThat(rates.resolutionRate()).contains(Proportion.of(8, 10));
        assertThat(rates.reopenRate()).contains(Proportion.of(2, 8));
        assertThatThrownBy(() -> rates.add(false, true)).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> CaseOutcomeRates.of(3, 4, 0))
                .hasMessage("resolved must be between 0 and 3, but was 4");
        assertThat(new CaseOutcomeRates().resolutionRate()).isEmpty();
    }

    // Two contacts: (4 min talk, 1 min hold, 1 min wrap) and (6, 0, 2): total 14 min / 2 = 7 min.
    @Test
    void handlingTime_averagesTalkHoldAndWrapUpOverContacts() throws Exception {
        HandlingTime aht = new HandlingTime();
        aht.add(Duration.ofMinutes(4), Duration.ofMinutes(1), Duration.ofMinutes(1));
        aht.add(Duration.ofMinutes(6), Duration.ZERO, Duration.ofMinutes(2));
        assertThat(aht.average()).contains(Duration.ofMinutes(7));
        assertThat(new HandlingTime().average()).isEmpty();
        assertThatThrownBy(() -> aht.add(Duration.ofSeconds(-1), Duration.ZERO, Duration.ZERO))
                .hasMessage("talk must not be negative, but was PT-1S");
    }

    // JustCall glossary, "Average Handle Time (AHT)" (justcall.io/glossary/average-handle-time),
    // example 1: one call of 5 min talk, 2 min hold and 3 min after-call work has a handle time
    // of 10 min; example 2: 30 calls in a shift with 180 min talk, 60 min hold and 90 min
    // after-call work give AHT = (180 + 60 + 90) / 30 = 11 min per call.
    @Test
    void handlingTime_justCallGlossaryExamples() {
        HandlingTime one = new HandlingTime();
        one.add(Duration.ofMinutes(5), Duration.ofMinutes(2), Duration.ofMinutes(3));
        assertThat(one.average()).contains(Duration.ofMinutes(10));
        HandlingTime shift = HandlingTime.of(30, Duration.ofMinutes(180).toMillis(),
                Duration.ofMinutes(60).toMillis(), Duration.ofMinutes(90).toMillis());
        assertThat(shift.average()).contains(Duration.ofMinutes(11));
    }

    // Calculators Hub, "AHT (Average Handle Time) Calculator", worked example: 50 calls in a day
    // with 300 min talk, 50 min hold and 100 min after-call work: (300 + 50 + 100) / 50 = 9 min.
    @Test
    void handlingTime_calculatorsHubExample() {
        HandlingTime day = HandlingTime.of(50, Duration.ofMinutes(300).toMillis(),
                Duration.ofMinutes(50).toMillis(), Duration.ofMinutes(100).toMillis());
        assertThat(day.average()).contains(Duration.ofMinutes(9));
    }

    // From counts: 830 of 1,000 issues resolved at the first contact -> 0.83; 1,000 issues of
    // which 120 had a repeat contact within 7 days -> 880 without, 0.88. Each equals the
    // accumulator that recorded the issues one by one.
    @Test
    void firstContactResolution_fromCounts() {
        FirstContactResolution atFirst = FirstContactResolution.resolvedAtFirstContact(1000, 830);
        assertThat(atFirst.rate()).contains(Proportion.of(830, 1000));
        assertThat(atFirst.repeatWindow()).isEmpty();
        FirstContactResolution noRepeat = FirstContactResolution.noRepeatWithin(Duration.ofDays(7), 1000, 880);
        assertThat(noRepeat.rate().orElseThrow().rate()).isEqualTo(0.88);
        FirstContactResolution oneByOne = FirstContactResolution.noRepeatWithin(Duration.ofDays(7));
        for (int i = 0; i < 1000; i++) {
            oneByOne.addIssueWithRepeat(i < 120);
        }
        assertThat(noRepeat).isEqualTo(oneByOne);
        assertThatThrownBy(() -> FirstContactResolution.resolvedAtFirstContact(10, 11))
                .hasMessage("resolved must be between 0 and 10, but was 11");
        assertThatThrownBy(() -> FirstContactResolution.noRepeatWithin(Duration.ZERO, 10, 1))
                .hasMessageStartingWith("repeatWindow must be positive");
    }

    @Test
    void firstContactResolution_variantsAreExplicitAndDoNotMix() throws Exception {
        FirstContactResolution atFirst = FirstContactResolution.resolvedAtFirstContact();
        atFirst.addIssue(true);
        atFirst.addIssue(true);
        atFirst.addIssue(false);
        atFirst.addIssue(true);
        assertThat(atFirst.rate()).contains(Proportion.of(3, 4));

        // 1 - repeats / issues: 5 issues, 1 repeated within 7 days -> 0.8.
        FirstContactResolution noRepeat = FirstContactResolution.noRepeatWithin(Duration.ofDays(7));
        for (int i = 0; i < 5; i++) {
            noRepeat.addIssueWithRepeat(i == 0);
        }
        assertThat(noRepeat.rate()).contains(Proportion.of(4, 5));

        assertThatThrownBy(() -> atFirst.merge(noRepeat)).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> noRepeat.addIssue(true)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> atFirst.addIssueWithRepeat(true))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void backlogAge_bandsAndEdges() throws Exception {
        BacklogAge backlog = new BacklogAge();
        backlog.add(Duration.ofDays(9).plusHours(23));
        backlog.add(Duration.ofDays(10));
        backlog.add(Duration.ofDays(30));
        backlog.add(Duration.ofDays(30).plusSeconds(1));
        assertThat(backlog).isEqualTo(BacklogAge.of(1, 2, 1));
        assertThat(backlog.size()).isEqualTo(4);
        assertThatThrownBy(() -> backlog.add(Duration.ofDays(-1)))
                .hasMessage("age must not be negative, but was PT-24H");
    }

    // CYS Group support, "Customer Effort Score 7-point scale to average" (CES 2.0, 1 = extremely
    // difficult, 7 = extremely easy): of 1,000 responses 80 scored 1, 210 scored 2, 140 scored 3,
    // 110 scored 4, 160 scored 5, 180 scored 6 and 120 scored 7; the scores add up to 4,080, so
    // the average CES is 4.08. The page does not state the 5-7 share; 460 / 1000 is recomputed
    // here from the same counts.
    @Test
    void ces_agreementForm_cysGroupWorkedExample() {
        CesAccumulator agreement = CesAccumulator.of(CesForm.AGREEMENT_1_TO_7);
        long[] counts = {80, 210, 140, 110, 160, 180, 120};
        for (int answer = 1; answer <= 7; answer++) {
            for (long i = 0; i < counts[answer - 1]; i++) {
                agreement.add(answer);
            }
        }
        CesResult result = agreement.result().orElseThrow();
        assertThat(result.responses()).isEqualTo(1000);
        assertThat(result.mean()).isCloseTo(4.08, within(1e-12));
        assertThat(result.agreeShare()).contains(Proportion.of(460, 1000));
    }

    // Effort form, answers 1,2,2,3,5: mean 13 / 5 = 2.6, no agree share.
    // Agreement form, answers 7,6,5,4,2: mean 24 / 5 = 4.8, agree share 3 / 5 = 0.6.
    @Test
    void ces_bothFormsExplicit() throws Exception {
        CesAccumulator effort = CesAccumulator.of(CesForm.EFFORT_1_TO_5);
        for (int a : new int[] {1, 2, 2, 3, 5}) {
            effort.add(a);
        }
        CesResult effortResult = effort.result().orElseThrow();
        assertThat(effortResult.mean()).isCloseTo(2.6, within(1e-12));
        assertThat(effortResult.agreeShare()).isEmpty();

        CesAccumulator agreement = CesAccumulator.of(CesForm.AGREEMENT_1_TO_7);
        for (int a : new int[] {7, 6, 5, 4, 2}) {
            agreement.add(a);
        }
        CesResult agreementResult = agreement.result().orElseThrow();
        assertThat(agreementResult.mean()).isCloseTo(4.8, within(1e-12));
        assertThat(agreementResult.agreeShare()).contains(Proportion.of(3, 5));

        assertThatThrownBy(() -> effort.add(6))
                .hasMessage("answer must be between 1 and 5, but was 6");
        assertThatThrownBy(() -> effort.merge(agreement)).isInstanceOf(
                IllegalArgumentException.class);
        assertThat(CesAccumulator.of(CesForm.EFFORT_1_TO_5).result()).isEmpty();
    }
}
