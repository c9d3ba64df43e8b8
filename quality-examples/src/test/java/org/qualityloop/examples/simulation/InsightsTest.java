package org.qualityloop.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qualityloop.examples.Scenarios;
import org.qualityloop.insight.DwellMeasure;
import org.qualityloop.insight.RecoveryGroup;
import org.qualityloop.insight.StageTimes;
import org.qualityloop.model.sla.SlaStatus;
import org.qualityloop.workflow.cases.CaseState;

/**
 * The {@code quality-insight} analyses a run collects. The business-travel seed's problem was one
 * slow approval node — in the scenario, the expense audit of the reimbursement stage (median
 * 3.5 days, see {@code BusinessTravel.scenario()}); the bottleneck finder must find it without
 * being told, and must no longer find it once the {@code fast-approval-node} improvement makes
 * audits 0.3× as long.
 */
class InsightsTest {

    private static final String AUDIT = "reimbursement/expense-audit";

    @Test
    void slowApprovalNode_isTheJourneysBottleneck_untilTheImprovementFixesIt() {
        Comparison c = Simulation.of(Scenarios.businessTravel()).seed(5).cases(6_000).compare("fast-approval-node");
        StageTimes before = c.before().journeyTimes();
        StageTimes after = c.after().journeyTimes();
        for (DwellMeasure m : new DwellMeasure[] {DwellMeasure.WALL, DwellMeasure.WORKING}) {
            StageTimes.Slowest b = before.stepBottleneck(m).orElseThrow();
            assertThat(b.node().node().name()).as("slowest step by %s before", m).isEqualTo(AUDIT);
            assertThat(b.significantAt(0.001)).isTrue();
            assertThat(after.stepBottleneck(m).orElseThrow().node().node().name()).as("slowest step by %s after", m)
                    .isNotEqualTo(AUDIT);
        }
        // The traveller's own expense submission (a day, with a long tail) takes the audit's place.
        assertThat(after.stepRanking(DwellMeasure.WALL).get(0).node().name())
                .isEqualTo("reimbursement/submit-expenses");
        assertThat(after.stepRanking(DwellMeasure.WALL).get(1).node().name()).isEqualTo(AUDIT);
        // Reimbursement (submission and audit) stays the slowest stage; it is the audit in it that changed.
        assertThat(before.bottleneck(DwellMeasure.WALL).orElseThrow().node().node().name()).isEqualTo("reimbursement");
        assertThat(after.bottleneck(DwellMeasure.WALL).orElseThrow().node().node().name()).isEqualTo("reimbursement");
        assertThat(after.stage(org.qualityloop.model.StageId.of("reimbursement")).orElseThrow().wall().mean())
                .isLessThan(before.stage(org.qualityloop.model.StageId.of("reimbursement")).orElseThrow().wall().mean());
    }

    @Test
    void caseAnalyses_coverEveryClosedCase_andABreachIsExplained() {
        SimulationResult r = Simulation.of(Scenarios.hotel()).seed(9).cases(4_000).run();
        long closed = r.workflow().closed();
        assertThat(closed).isPositive();
        assertThat(r.dwellTimes().cases()).isEqualTo(closed);
        assertThat(r.processMap().cases()).isEqualTo(closed);
        assertThat(r.dwellTimes().state(CaseState.IN_PROGRESS)).isPresent();
        assertThat(r.breachedSlaExample()).hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(SlaStatus.BREACHED));
        // Every respondent's NPS answer is in exactly one recovery group.
        long answers = 0;
        for (RecoveryGroup g : RecoveryGroup.values()) {
            answers += r.recoveryParadox().group(g).nps().map(n -> n.responses()).orElse(0L);
        }
        assertThat(answers).isEqualTo(r.nps().orElseThrow().responses());
        assertThat(r.recoveryParadox().group(RecoveryGroup.RECOVERED).nps()).isPresent();
        assertThat(r.recoveryParadox().group(RecoveryGroup.NEVER_FAILED).nps()).isPresent();
        // The result hands out copies: changing one does not change the result.
        StageTimes copy = r.journeyTimes();
        long visits = copy.byStage().get(0).count();
        copy.merge(copy);
        assertThat(copy.byStage().get(0).count()).isEqualTo(2 * visits);
        assertThat(r.journeyTimes().byStage().get(0).count()).isEqualTo(visits);
    }
}
