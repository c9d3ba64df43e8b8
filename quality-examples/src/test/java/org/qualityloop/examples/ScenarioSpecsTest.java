package org.qualityloop.examples;

import static org.qualityloop.model.kpi.KpiStatus.AT_RISK;
import static org.qualityloop.model.kpi.KpiStatus.MET;
import static org.qualityloop.model.kpi.KpiStatus.MISSED;

import org.junit.jupiter.api.Test;
import org.qualityloop.examples.testing.ScenarioSpec;
import org.qualityloop.model.sla.SlaTarget;

/**
 * The three built-in scenarios and the bundled JSON scenario, each run end to end with fewer cases
 * than the harness's default, written with the given/when/then API testers use. Every run must
 * follow the lifecycle (no command rejected), close every feedback case, and show the rules at
 * work (breaches, escalations, reopenings).
 */
class ScenarioSpecsTest {

    @Test
    void businessTravel_seedKpiTable() {
        ScenarioSpec.given("business-travel").seed(42)
                .whenCasesRun(15_000)
                .thenNoCommandRejected()
                .thenEveryFeedbackCaseClosed()
                .thenBreachesEscalationsAndReopensHappened()
                // Booking: two steps fail about 1 % of the time, so accuracy misses 99 %.
                .thenKpi("order-accuracy").isBetween(97, 99)
                .thenKpi("order-accuracy").hasStatus(AT_RISK)
                // The AI assistant answers in 5 s (median), 12 s (p90): mean about 6.3 s.
                .thenKpi("booking-response-time").isBetween(5.5, 7.5)
                .thenKpi("approval-pass-rate").isBetween(91, 96)
                // Submitting (1 day median) plus the slow audit node (3.5 days median, long tail).
                .thenKpi("reimbursement-cycle").isBetween(5.5, 7.5)
                .thenKpi("reimbursement-cycle").hasStatus(AT_RISK)
                .thenKpi("policy-compliance").hasStatus(MET)
                .thenKpi("complaint-response").isBetween(5, 40)
                .thenKpi("resolution-rate").isAtLeast(97)
                .thenKpi("nps").isBetween(15, 35)
                .thenSlaCompliance(SlaTarget.FIRST_RESPONSE, 95, 100);
    }

    @Test
    void hotel_serviceEfficiencyAndSatisfaction() {
        ScenarioSpec.given("hotel").seed(42)
                .whenCasesRun(15_000)
                .thenNoCommandRejected()
                .thenEveryFeedbackCaseClosed()
                .thenBreachesEscalationsAndReopensHappened()
                // Checking in takes 6 min median, 14 min p90: the mean misses the 5-minute target.
                .thenKpi("check-in-wait").isBetween(6.5, 8.5)
                .thenKpi("check-in-wait").hasStatus(AT_RISK)
                .thenKpi("room-service-response").isBetween(15, 22)
                .thenKpi("stay-complaint-rate").isBetween(2, 5)
                .thenKpi("billing-accuracy").isAtLeast(99)
                .thenKpi("first-contact-resolution").isBetween(25, 50)
                .thenKpi("check-in-csat").hasStatus(MISSED)
                .thenKpi("nps").isBetween(20, 45);
    }

    @Test
    void passengerTransport_multiChannelTicketing() {
        ScenarioSpec.given("passenger-transport").seed(42)
                .whenCasesRun(20_000)
                .thenNoCommandRejected()
                .thenEveryFeedbackCaseClosed()
                .thenBreachesEscalationsAndReopensHappened()
                .thenKpi("ticketing-success").isBetween(98, 99.6)
                // One change in ten fails and nearly half of those bring a complaint.
                .thenKpi("ticket-change-complaints").isBetween(4, 6.5)
                .thenKpi("on-time-rate").isBetween(92.5, 95.5)
                .thenKpi("complaint-rate").isBetween(4, 6)
                .thenKpi("complaint-response").hasStatus(MET)
                .thenKpi("action-execution").isAtLeast(90)
                .thenKpi("nps").isBetween(18, 40);
    }

    @Test
    void jsonScenario_courseKpiTable() {
        ScenarioSpec.given("service-centre").seed(42)
                .whenCasesRun(10_000)
                .thenNoCommandRejected()
                .thenEveryFeedbackCaseClosed()
                .thenBreachesEscalationsAndReopensHappened()
                .thenKpi("service-accuracy").isBetween(94, 97)
                // Complaints after a failure are never resolved at the first contact; the desk
                // resolves 80 % of the rest, so the file's 35 % target is attainable and met.
                .thenKpi("first-contact-resolution").hasStatus(MET)
                .thenKpi("average-service-time").isBetween(7, 12)
                .thenKpi("resolution-sla").isAtLeast(95);
    }
}
