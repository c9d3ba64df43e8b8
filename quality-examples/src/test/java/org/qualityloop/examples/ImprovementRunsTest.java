package org.qualityloop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qualityloop.examples.simulation.Comparison;
import org.qualityloop.examples.simulation.KpiChange;
import org.qualityloop.examples.simulation.Simulation;
import org.qualityloop.examples.testing.ScenarioSpec;

/**
 * Improvement runs: a change the seeds describe comes out as a significant improvement of the KPI
 * it targets; a placebo (nothing changes) does not.
 */
class ImprovementRunsTest {

    @Test
    void businessTravel_fasterApprovalNode_shortensTheReimbursementCycle() {
        ScenarioSpec.given("business-travel").seed(42).cases(20_000)
                .whenChangeApplied("fast-approval-node")
                .thenVerdictHolds()
                // The audit node is most of the cycle; 0.3× as long cuts the cycle by about half.
                .thenKpi("reimbursement-cycle").improvesSignificantly().changesByBetween(-60, -40)
                // Fewer slow reimbursements, fewer complaints: the desk answers the rest sooner.
                .thenKpi("complaint-response").improvesSignificantly()
                // Steps before the audit do not move.
                .thenKpi("approval-turnaround").doesNotChangeSignificantly()
                .thenKpi("order-accuracy").doesNotChangeSignificantly();
    }

    @Test
    void passengerTransport_ticketChangeUiFix_cutsTicketChangeComplaintsByAboutThirtyPercent() {
        ScenarioSpec.given("passenger-transport").seed(42).cases(40_000)
                .whenChangeApplied("ticket-change-ui-fix")
                .thenVerdictHolds()
                .thenKpi("ticket-change-complaints").improvesSignificantly().changesByBetween(-45, -15)
                .thenKpi("on-time-rate").doesNotChangeSignificantly();
    }

    @Test
    void hotel_selfCheckIn_cutsTheCheckInWait() {
        ScenarioSpec.given("hotel").seed(42).cases(10_000)
                .whenChangeApplied("self-check-in")
                .thenVerdictHolds()
                .thenKpi("check-in-wait").improvesSignificantly().changesByBetween(-60, -50)
                .thenKpi("billing-accuracy").doesNotChangeSignificantly();
    }

    @Test
    void jsonScenario_deliveryChecklist_raisesServiceAccuracy() {
        ScenarioSpec.given("service-centre").seed(42).cases(10_000)
                .whenChangeApplied("delivery-checklist")
                .thenVerdictHolds()
                .thenKpi("service-accuracy").improvesSignificantly();
    }

    @Test
    void placebo_changesNothingSignificantly_inEveryScenario() {
        // The given part's default of 20,000 cases, as a tester gets it.
        for (String scenario : new String[] {"business-travel", "hotel", "passenger-transport", "service-centre"}) {
            ScenarioSpec.given(scenario).seed(42)
                    .whenChangeApplied("placebo")
                    .thenVerdictHolds()
                    .thenNothingChangesSignificantly();
        }
    }

    @Test
    void placebo_falseAlarmsStayRare_overManySeeds() {
        // At alpha 0.05 a placebo's judged KPI comes out significant for about one seed in twenty;
        // three or more false alarms in twelve seeds would happen by chance only about 2 % of the time.
        int falseAlarms = 0;
        for (long seed = 1; seed <= 12; seed++) {
            Comparison c = Simulation.of(Scenarios.businessTravel()).seed(seed).cases(3_000).compare("placebo");
            if (!c.verdict()) {
                falseAlarms++;
            }
            assertThat(c.changes().stream().filter(KpiChange::expected)).extracting(k -> k.kpi().id().value())
                    .containsExactly("reimbursement-cycle");
        }
        assertThat(falseAlarms).isLessThanOrEqualTo(2);
    }

    @Test
    void realChange_withTheSameSeedAsItsPlacebo_differsOnlyWhereTheChangeActs() {
        Comparison real = Simulation.of(Scenarios.hotel()).seed(5).cases(6_000).compare("self-check-in");
        Comparison placebo = Simulation.of(Scenarios.hotel()).seed(5).cases(6_000).compare("placebo");
        // Both share the same "before" run; only the "after" runs differ.
        assertThat(real.before()).isEqualTo(placebo.before());
        assertThat(real.change("check-in-wait").significant()).isTrue();
        assertThat(placebo.change("check-in-wait").significant()).isFalse();
    }
}
