package org.qualityloop.jackson.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.qualityloop.jackson.QualityLoopJson;
import org.qualityloop.metrics.BacklogAge;
import org.qualityloop.metrics.CaseOutcomeRates;
import org.qualityloop.metrics.CesAccumulator;
import org.qualityloop.metrics.CesForm;
import org.qualityloop.metrics.ComplaintRate;
import org.qualityloop.metrics.FirstContactResolution;
import org.qualityloop.metrics.HandlingTime;
import org.qualityloop.metrics.ImprovementActionExecution;
import org.qualityloop.metrics.SlaCompliance;

/**
 * The rate accumulators' JSON: each is written in its documented shape, reads back equal, and a
 * form whose counts contradict each other is refused naming the field. What the accumulators
 * compute is tested in quality-metrics.
 */
class RateAccumulatorsJsonTest {

    private static <T> void writesAndReadsBack(T value, Class<T> type, String json) {
        assertThat(QualityLoopJson.write(value)).isEqualTo(json);
        assertThat(QualityLoopJson.read(json, type)).isEqualTo(value);
    }

    @Test
    void slaCompliance() {
        SlaCompliance sla = new SlaCompliance();
        sla.addMet();
        sla.addBreached();
        sla.addRunning();
        writesAndReadsBack(sla, SlaCompliance.class, "{\"met\":1,\"breached\":1,\"running\":1}");
    }

    @Test
    void improvementActionExecution() {
        writesAndReadsBack(ImprovementActionExecution.of(6, 2, 2, 3), ImprovementActionExecution.class,
                "{\"completedOnTime\":6,\"completedLate\":2,\"overdue\":2,\"cancelled\":3}");
    }

    @Test
    void complaintRate() {
        ComplaintRate rate = new ComplaintRate();
        rate.addComplaint();
        rate.addVolume(4_800);
        writesAndReadsBack(rate, ComplaintRate.class, "{\"complaints\":1,\"volume\":4800}");
    }

    @Test
    void caseOutcomeRates_andReopenedBeyondResolved_isRefused() {
        writesAndReadsBack(CaseOutcomeRates.of(10, 8, 2), CaseOutcomeRates.class,
                "{\"closed\":10,\"resolved\":8,\"reopened\":2}");
        assertThatThrownBy(() -> QualityLoopJson.read("{\"closed\":3,\"resolved\":4,\"reopened\":0}",
                CaseOutcomeRates.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resolved must be between 0 and 3, but was 4");
    }

    @Test
    void handlingTime() {
        HandlingTime aht = new HandlingTime();
        aht.add(Duration.ofMinutes(4), Duration.ofMinutes(1), Duration.ofMinutes(1));
        writesAndReadsBack(aht, HandlingTime.class,
                "{\"contacts\":1,\"talkMillis\":240000,\"holdMillis\":60000,\"wrapUpMillis\":60000}");
    }

    @Test
    void firstContactResolution_bothVariants() {
        FirstContactResolution atFirst = FirstContactResolution.resolvedAtFirstContact();
        atFirst.addIssue(true);
        atFirst.addIssue(false);
        writesAndReadsBack(atFirst, FirstContactResolution.class, "{\"issues\":2,\"resolved\":1}");
        FirstContactResolution noRepeat = FirstContactResolution.noRepeatWithin(Duration.ofDays(7));
        noRepeat.addIssueWithRepeat(false);
        writesAndReadsBack(noRepeat, FirstContactResolution.class,
                "{\"repeatWindow\":\"PT168H\",\"issues\":1,\"resolved\":1}");
    }

    @Test
    void backlogAge() {
        writesAndReadsBack(BacklogAge.of(1, 2, 1), BacklogAge.class,
                "{\"under10Days\":1,\"from10To30Days\":2,\"over30Days\":1}");
    }

    @Test
    void ces_bothForms() {
        CesAccumulator agreement = CesAccumulator.of(CesForm.AGREEMENT_1_TO_7);
        agreement.add(6);
        writesAndReadsBack(agreement, CesAccumulator.class, "{\"form\":\"AGREEMENT_1_TO_7\",\"counts\":[0,0,0,0,0,1,0]}");
        CesAccumulator effort = CesAccumulator.of(CesForm.EFFORT_1_TO_5);
        effort.add(2);
        assertThat(QualityLoopJson.read(QualityLoopJson.write(effort), CesAccumulator.class)).isEqualTo(effort);
    }
}
