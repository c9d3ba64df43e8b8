package org.qualityloop.examples;

import static org.qualityloop.model.BlueprintLane.BACK_STAGE;
import static org.qualityloop.model.BlueprintLane.CUSTOMER_ACTION;
import static org.qualityloop.model.BlueprintLane.FRONT_STAGE;
import static org.qualityloop.model.BlueprintLane.PHYSICAL_EVIDENCE;
import static org.qualityloop.model.BlueprintLane.SUPPORT;
import static org.qualityloop.model.JourneyPhase.CONSULTATION;
import static org.qualityloop.model.JourneyPhase.DELIVERY;
import static org.qualityloop.model.JourneyPhase.FOLLOW_UP;
import static org.qualityloop.model.JourneyPhase.INFORMATION;
import static org.qualityloop.model.kpi.ReviewFrequency.DAILY;
import static org.qualityloop.model.kpi.ReviewFrequency.MONTHLY;
import static org.qualityloop.model.kpi.ReviewFrequency.QUARTERLY;
import static org.qualityloop.model.kpi.ReviewFrequency.WEEKLY;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.qualityloop.examples.scenario.Improvement;
import org.qualityloop.examples.scenario.LogNormal;
import org.qualityloop.examples.scenario.Measure;
import org.qualityloop.examples.scenario.MeasureKind;
import org.qualityloop.examples.scenario.Scenario;
import org.qualityloop.examples.scenario.ScenarioChange;
import org.qualityloop.examples.scenario.ScenarioKpi;
import org.qualityloop.examples.scenario.Step;
import org.qualityloop.examples.scenario.Surveys;
import org.qualityloop.model.Channel;
import org.qualityloop.model.KpiId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.feedback.RootCauseCategory;
import org.qualityloop.model.feedback.ServiceFailureKind;
import org.qualityloop.model.ServiceProcess;
import org.qualityloop.model.Touchpoint;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.model.kpi.KpiUnit;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaRule;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.sla.SlaWarning;

/**
 * The business-travel platform of the seed documents: its service process (booking → approval →
 * payment → reimbursement → after-sales), the service centre's business calendar, the SLA policy
 * for feedback and complaints, and the seed's stage → KPI monitoring table.
 *
 * <p>The seed names the KPIs per stage but gives no targets; the targets here are this example's
 * choice, stated once so scenarios and reports use the same numbers. {@link #scenario()} adds what
 * the harness simulates: about 1,100 trips booked per weekday, each walking through the steps of
 * the process, and the service centre that closes the loop on their feedback. Its improvement is
 * the seed's own: the reimbursement cycle was too long because one approval node in the expense
 * audit was slow. Every method builds a new, immutable value; the class is stateless and
 * thread-safe.
 */
public final class BusinessTravel {

    private BusinessTravel() {
    }

    /**
     * Returns the business-travel service process with its touchpoints on seven channels.
     *
     * @return the process
     */
    public static ServiceProcess process() {
        return ServiceProcess.builder("business-travel", "Business travel")
                .stage("booking", "Booking")
                .stage("approval", "Approval")
                .stage("payment", "Payment")
                .stage("reimbursement", "Reimbursement")
                .stage("after-sales", "After-sales")
                .requireNonEmptyStages()
                .touchpoint(Touchpoint.builder("search-fares", "Search flights and hotels")
                        .stage("booking").phase(INFORMATION).channel(Channel.APP)
                        .lane(CUSTOMER_ACTION).ownedBy("booking-team"))
                .touchpoint(Touchpoint.builder("travel-consultant", "Ask a travel consultant")
                        .stage("booking").phase(CONSULTATION).channel(Channel.PHONE)
                        .lane(FRONT_STAGE).ownedBy("service-centre"))
                .touchpoint(Touchpoint.builder("ai-assistant", "AI assistant answers questions")
                        .stage("booking").phase(CONSULTATION).channel(Channel.CHATBOT)
                        .lane(FRONT_STAGE).ownedBy("digital-team"))
                .touchpoint(Touchpoint.builder("supplier-fulfilment", "Airline or hotel partner confirms the booking")
                        .stage("booking").phase(DELIVERY).channel(Channel.WEB)
                        .lane(SUPPORT).ownedBy("supplier-management"))
                .touchpoint(Touchpoint.builder("order-confirmation", "Order confirmation")
                        .stage("booking").phase(DELIVERY).channel(Channel.EMAIL)
                        .lane(PHYSICAL_EVIDENCE).ownedBy("booking-team").momentOfTruth())
                .touchpoint(Touchpoint.builder("approval-request", "Manager approves the trip")
                        .stage("approval").phase(DELIVERY).channel(Channel.MINI_PROGRAM)
                        .lane(FRONT_STAGE).ownedBy("client-admin"))
                .touchpoint(Touchpoint.builder("policy-check", "Travel-policy check")
                        .stage("approval").phase(DELIVERY).channel(Channel.WEB)
                        .lane(BACK_STAGE).ownedBy("policy-engine"))
                .touchpoint(Touchpoint.builder("pay", "Pay with company account")
                        .stage("payment").phase(DELIVERY).channel(Channel.APP)
                        .lane(CUSTOMER_ACTION).ownedBy("payments").momentOfTruth())
                .touchpoint(Touchpoint.builder("payment-gateway", "Payment gateway")
                        .stage("payment").phase(DELIVERY).channel(Channel.WEB)
                        .lane(SUPPORT).ownedBy("payments"))
                .touchpoint(Touchpoint.builder("submit-expenses", "Submit expense claim")
                        .stage("reimbursement").phase(DELIVERY).channel(Channel.APP)
                        .lane(CUSTOMER_ACTION).ownedBy("finance"))
                .touchpoint(Touchpoint.builder("expense-audit", "Expense audit")
                        .stage("reimbursement").phase(DELIVERY).channel(Channel.WEB)
                        .lane(BACK_STAGE).ownedBy("finance").momentOfTruth())
                .touchpoint(Touchpoint.builder("hotline", "Service hotline")
                        .stage("after-sales").phase(FOLLOW_UP).channel(Channel.PHONE)
                        .lane(FRONT_STAGE).ownedBy("service-centre").momentOfTruth())
                .touchpoint(Touchpoint.builder("return-visit", "Follow-up call after a complaint")
                        .stage("after-sales").phase(FOLLOW_UP).channel(Channel.PHONE)
                        .lane(FRONT_STAGE).ownedBy("service-centre"))
                .touchpoint(Touchpoint.builder("social-care", "Social media care")
                        .stage("after-sales").phase(FOLLOW_UP).channel(Channel.SOCIAL_MEDIA)
                        .lane(FRONT_STAGE).ownedBy("service-centre"))
                .build();
    }

    /**
     * Returns the service centre's calendar: Asia/Shanghai, Monday to Friday 09:00–18:00, closed
     * on New Year's Day. The National Day week (1–7 October) is the platform's peak travel week,
     * so the centre is not closed then: a holiday duty roster answers from 09:00 to 17:00 every
     * day of the week, weekend included, and SLA clocks run in those hours.
     *
     * @return the calendar
     */
    public static BusinessCalendar calendar() {
        BusinessCalendar.Builder builder = BusinessCalendar.builder("travel-service-centre", "Asia/Shanghai")
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-18:00"))
                .holiday(MonthDay.of(1, 1));
        for (int day = 1; day <= 7; day++) {
            builder.specialHours(MonthDay.of(10, day), WorkingInterval.parse("09:00-17:00"));
        }
        return builder.build();
    }

    /**
     * Returns the SLA policy for feedback and complaints: working-time targets by priority, a
     * warning at 75 % of every target and one working hour before it, and resolution time that
     * continues (does not restart) when a case is reopened.
     *
     * @return the policy
     */
    public static SlaPolicy slaPolicy() {
        return new SlaPolicy("travel-complaints",
                List.of(
                        SlaRule.of(Map.of(
                                SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(30),
                                SlaTarget.RESOLUTION, Duration.ofHours(4)))
                                .whenPriority(Priority.URGENT),
                        SlaRule.of(Map.of(
                                SlaTarget.FIRST_RESPONSE, Duration.ofHours(1),
                                SlaTarget.RESOLUTION, Duration.ofHours(9)))
                                .whenPriority(Priority.HIGH)),
                Map.of(
                        SlaTarget.FIRST_RESPONSE, Duration.ofHours(4),
                        SlaTarget.NEXT_UPDATE, Duration.ofHours(9),
                        SlaTarget.RESOLUTION, Duration.ofHours(27),
                        SlaTarget.FOLLOW_UP, Duration.ofHours(18)),
                List.of(new SlaWarning.Share(new BigDecimal("0.75")),
                        new SlaWarning.Before(Duration.ofHours(1))),
                ReopenMode.CONTINUE);
    }

    /**
     * Returns the seed's stage → KPI table (booking: order accuracy, response time, satisfaction;
     * approval: pass rate, turnaround; reimbursement: cycle time, policy compliance; after-sales:
     * complaint response time, resolution rate, NPS) with this example's targets.
     *
     * @return the KPI definitions, in table order
     */
    public static List<KpiDefinition> kpis() {
        return List.of(
                KpiDefinition.builder("order-accuracy", "Order accuracy").stage("booking")
                        .unit(KpiUnit.PERCENT).atLeast("99").atRisk("97").reviewed(WEEKLY).build(),
                KpiDefinition.builder("booking-response-time", "Response time").stage("booking")
                        .unit(KpiUnit.SECONDS).atMost("10").atRisk("30").reviewed(DAILY).build(),
                KpiDefinition.builder("booking-csat", "Customer satisfaction").stage("booking")
                        .unit(KpiUnit.SCORE).atLeast("4.5").atRisk("4.0").reviewed(MONTHLY).build(),
                KpiDefinition.builder("approval-pass-rate", "Approval pass rate").stage("approval")
                        .unit(KpiUnit.PERCENT).atLeast("90").atRisk("80").reviewed(MONTHLY).build(),
                KpiDefinition.builder("approval-turnaround", "Approval turnaround time").stage("approval")
                        .unit(KpiUnit.HOURS).atMost("4").atRisk("8").reviewed(WEEKLY).build(),
                KpiDefinition.builder("reimbursement-cycle", "Reimbursement cycle time").stage("reimbursement")
                        .unit(KpiUnit.DAYS).atMost("5").atRisk("10").reviewed(WEEKLY).build(),
                KpiDefinition.builder("policy-compliance", "Expense-policy compliance rate").stage("reimbursement")
                        .unit(KpiUnit.PERCENT).atLeast("95").atRisk("90").reviewed(MONTHLY).build(),
                KpiDefinition.builder("complaint-response", "Complaint response time").stage("after-sales")
                        .unit(KpiUnit.MINUTES).atMost("30").atRisk("60").reviewed(DAILY).build(),
                KpiDefinition.builder("resolution-rate", "Resolution rate").stage("after-sales")
                        .unit(KpiUnit.PERCENT).atLeast("95").atRisk("90").reviewed(WEEKLY).build(),
                KpiDefinition.builder("nps", "Net Promoter Score").stage("after-sales")
                        .unit(KpiUnit.NPS).atLeast("40").atRisk("20").reviewed(QUARTERLY).build());
    }

    /**
     * Returns the scenario the harness runs: the process, calendar, SLA policy and KPI table above
     * with the simulated population. Simulated time starts on Tuesday 1 September 2026, so a
     * 100,000-case run spans the National Day week, when the service centre works a holiday duty
     * roster.
     *
     * <p>Supplier and partner management (the seed's 供應商/合作夥伴管理): airline and hotel
     * partners confirm each booking, and a partner that fails to (a cancelled flight, an overbooked
     * hotel) brings a complaint in half the cases; the supplier fulfilment rate is scored monthly,
     * as in a supplier performance review. The {@code supplier-scorecard} improvement moves
     * bookings away from partners with poor scores: partner failures halve.
     *
     * <p>The seed's goal of feedback response speed +20 % is the {@code faster-feedback-response}
     * improvement: the service centre handles feedback in 0.78× the time (handling 1/1.2 as long
     * falls short, as part of the response time is the wait for a free agent), so that feedback is
     * answered at least 1.2 times as fast; its expected KPI is the complaint response time.
     *
     * <p>Trips are booked mostly on weekdays and in office hours. The expense audit (the slow
     * approval node of the seed) has a median of 3.5 days and a long tail; a reimbursement slower
     * than 7 days brings a complaint in three cases out of ten. The service centre has 14 agents;
     * first-response and resolution breaches escalate to the team lead, then the service manager.
     *
     * @return the scenario
     */
    public static Scenario scenario() {
        return Scenarios.defaults("business-travel")
                .title("Business travel platform")
                .description("Booking, approval, payment, reimbursement and after-sales of a business-travel"
                        + " platform (the seed's quality programme), with its stage KPI table as targets.")
                .process(process())
                .calendar(calendar())
                .slaPolicy(slaPolicy())
                .kpis(scenarioKpis())
                .start(LocalDate.of(2026, 9, 1))
                .desk(Scenarios.desk(24, "CNY"))
                .demand(Scenarios.demand(1100, 0.35, Scenarios.OFFICE_HOURS,
                        Map.of("frequent-traveller", 0.3, "occasional", 0.6, "vip", 0.1), 6))
                .steps(List.of(
                        Step.at("search-fares", LogNormal.of("PT3S", "PT8S"))
                                .failure(0.003, "technical-issue/booking", ServiceFailureKind.SYSTEM,
                                        RootCauseCategory.MACHINE, 0.4).build(),
                        Step.at("ai-assistant", LogNormal.of("PT5S", "PT12S")).use(0.45)
                                .failure(0.02, "quality/ai-answer", ServiceFailureKind.SYSTEM,
                                        RootCauseCategory.MACHINE, 0.1)
                                .otherwise(null, 0.002).build(),
                        Step.at("travel-consultant", LogNormal.of("PT3M", "PT9M")).use(0.12)
                                .failure(0.01, "service-attitude", ServiceFailureKind.PEOPLE,
                                        RootCauseCategory.PEOPLE, 0.4)
                                .otherwise("service-attitude", 0.01).build(),
                        Step.at("supplier-fulfilment", LogNormal.of("PT2M", "PT20M"))
                                .failure(0.006, "quality/supplier", ServiceFailureKind.PROCESS,
                                        RootCauseCategory.MATERIAL, 0.5).build(),
                        Step.at("order-confirmation", LogNormal.of("PT30S", "PT2M"))
                                .failure(0.008, "quality/order-accuracy", ServiceFailureKind.PROCESS,
                                        RootCauseCategory.METHOD, 0.6).build(),
                        Step.at("approval-request", LogNormal.of("PT1H30M", "PT6H"))
                                .failure(0.03, "process-suggestion/approval", ServiceFailureKind.EXPECTATION_GAP,
                                        RootCauseCategory.MANAGEMENT, 0.15)
                                .stopsOnFailure()
                                .slow("PT8H", "process-suggestion/approval", 0.08).build(),
                        Step.at("policy-check", LogNormal.of("PT20S", "PT1M"))
                                .failure(0.035, "process-suggestion/travel-policy", ServiceFailureKind.EXPECTATION_GAP,
                                        RootCauseCategory.METHOD, 0.1)
                                .stopsOnFailure().build(),
                        Step.at("pay", LogNormal.of("PT40S", "PT2M"))
                                .failure(0.006, "technical-issue/payment", ServiceFailureKind.SYSTEM,
                                        RootCauseCategory.MACHINE, 0.7).build(),
                        Step.at("payment-gateway", LogNormal.of("PT2S", "PT6S"))
                                .failure(0.004, "technical-issue/payment", ServiceFailureKind.SYSTEM,
                                        RootCauseCategory.MACHINE, 0.6).build(),
                        Step.at("submit-expenses", LogNormal.of("P1D", "P4D")).use(0.92)
                                .failure(0.01, "technical-issue/expense-app", ServiceFailureKind.SYSTEM,
                                        RootCauseCategory.MACHINE, 0.3).build(),
                        Step.at("expense-audit", LogNormal.of("PT84H", "P10D")).use(0.92)
                                .failure(0.035, "quality/policy-compliance", ServiceFailureKind.PROCESS,
                                        RootCauseCategory.METHOD, 0.2)
                                .slow("P7D", "process-suggestion/reimbursement", 0.3).build(),
                        Step.at("hotline", LogNormal.of("PT4M", "PT10M")).use(0.06)
                                .otherwise("service-attitude", 0.05).build(),
                        Step.at("social-care", LogNormal.of("PT20M", "PT2H")).use(0.02)
                                .otherwise("product", 0.1).build()))
                .surveys(Scenarios.surveys(8.8, 4.3, 5.4, Scenarios.servqual(5.6, 5.1, 5.7, 5.2, 5.5),
                        List.of(new Surveys.IpaAttribute("booking speed", 4.4, 4.2),
                                new Surveys.IpaAttribute("fare price", 4.6, 3.6),
                                new Surveys.IpaAttribute("approval turnaround", 4.1, 3.5),
                                new Surveys.IpaAttribute("reimbursement speed", 4.3, 3.1),
                                new Surveys.IpaAttribute("hotline courtesy", 3.6, 4.2),
                                new Surveys.IpaAttribute("app design", 3.2, 3.9)),
                        List.of(Scenarios.kano("AI itinerary suggestions", 0.05, 0.2, 0.55, 0.2),
                                Scenarios.kano("electronic invoices", 0.55, 0.25, 0.05, 0.15),
                                Scenarios.kano("live approval status", 0.2, 0.45, 0.2, 0.15),
                                Scenarios.kano("loyalty points", 0.05, 0.15, 0.3, 0.5))))
                .improvement(new Improvement("fast-approval-node",
                        "Speed up the slow approval node of the expense audit that lengthened the reimbursement"
                                + " cycle: audits take 0.3× as long",
                        List.of(new ScenarioChange.StepDuration(TouchpointId.of("expense-audit"), 0.3)),
                        List.of(KpiId.of("reimbursement-cycle"))))
                .improvement(new Improvement("staff-training",
                        "Train the service centre's staff: customers rate the service higher (the seed reports"
                                + " satisfaction up 15 % after training)",
                        List.of(new ScenarioChange.Satisfaction(1.0)),
                        List.of(KpiId.of("booking-csat"), KpiId.of("nps"))))
                .improvement(new Improvement("supplier-scorecard",
                        "Score airline and hotel partners monthly and move bookings away from the poorly scored"
                                + " (the seed's supplier performance review): partner failures halve",
                        List.of(new ScenarioChange.StepFailure(TouchpointId.of("supplier-fulfilment"), 0.5)),
                        List.of(KpiId.of("supplier-fulfilment"))))
                .improvement(new Improvement("faster-feedback-response",
                        "The seed's goal of feedback response speed +20 %: the service centre handles feedback in"
                                + " 0.78× the time",
                        List.of(new ScenarioChange.HandlingTime(0.78)),
                        List.of(KpiId.of("complaint-response"))))
                .build();
    }

    private static List<ScenarioKpi> scenarioKpis() {
        List<KpiDefinition> k = kpis();
        return List.of(
                ScenarioKpi.of(k.get(0), Measure.atStage(MeasureKind.SUCCESS_RATE, "booking")),
                ScenarioKpi.of(k.get(1), Measure.atTouchpoint(MeasureKind.STEP_TIME, "ai-assistant")),
                ScenarioKpi.of(k.get(2), Measure.atStage(MeasureKind.CSAT, "booking")),
                ScenarioKpi.of(k.get(3), Measure.atStage(MeasureKind.SUCCESS_RATE, "approval")),
                ScenarioKpi.of(k.get(4), Measure.atStage(MeasureKind.STAGE_TIME, "approval")),
                ScenarioKpi.of(k.get(5), Measure.atStage(MeasureKind.STAGE_TIME, "reimbursement")),
                ScenarioKpi.of(k.get(6), Measure.atTouchpoint(MeasureKind.SUCCESS_RATE, "expense-audit")),
                ScenarioKpi.of(k.get(7), Measure.of(MeasureKind.FIRST_RESPONSE_TIME)),
                ScenarioKpi.of(k.get(8), Measure.of(MeasureKind.RESOLUTION_RATE)),
                ScenarioKpi.of(k.get(9), Measure.of(MeasureKind.NPS)),
                ScenarioKpi.of(KpiDefinition.builder("supplier-fulfilment", "Supplier fulfilment rate").stage("booking")
                        .unit(KpiUnit.PERCENT).atLeast("99.5").atRisk("99").reviewed(MONTHLY).build(),
                        Measure.atTouchpoint(MeasureKind.SUCCESS_RATE, "supplier-fulfilment")));
    }
}
