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

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
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
import org.qualityloop.model.ServiceProcess;
import org.qualityloop.model.Touchpoint;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.model.feedback.RootCauseCategory;
import org.qualityloop.model.feedback.ServiceFailureKind;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.model.kpi.KpiUnit;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaRule;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.sla.SlaWarning;

/**
 * The passenger-transport operator of the seed documents' personalisation strategy: tickets sold
 * on several channels (app, website, mini-program, kiosk, counter) with cross-channel changes and
 * refunds, the station, the journey and after-sales, measured by the strategy's outcome
 * indicators — passenger satisfaction, complaint rate and on-time rate. Its improvement is the
 * travel seed's ticket-change story: the change flow was complicated, the interface was fixed,
 * and complaints about ticket changes fell by 30 %. The strategy's personalisation is the
 * {@code ai-itinerary-optimisation} improvement: AI-optimised itineraries cut the station wait by
 * 12 %, as the seed reports.
 *
 * <p>Every method builds a new, immutable value; the class is stateless and thread-safe.
 */
public final class PassengerTransport {

    private PassengerTransport() {
    }

    /**
     * Returns the operator's service process with its touchpoints on six channels.
     *
     * @return the process
     */
    public static ServiceProcess process() {
        return ServiceProcess.builder("passenger-transport", "Passenger transport")
                .stage("ticketing", "Ticketing")
                .stage("changes", "Changes and refunds")
                .stage("station", "Station and boarding")
                .stage("journey", "Journey")
                .stage("after-sales", "After-sales")
                .requireNonEmptyStages()
                .touchpoint(Touchpoint.builder("ticket-app", "Buy in the app").stage("ticketing")
                        .phase(DELIVERY).channel(Channel.APP).lane(CUSTOMER_ACTION).ownedBy("digital"))
                .touchpoint(Touchpoint.builder("ticket-web", "Buy on the website").stage("ticketing")
                        .phase(DELIVERY).channel(Channel.WEB).lane(CUSTOMER_ACTION).ownedBy("digital"))
                .touchpoint(Touchpoint.builder("ticket-mini-program", "Buy in the mini-program").stage("ticketing")
                        .phase(DELIVERY).channel(Channel.MINI_PROGRAM).lane(CUSTOMER_ACTION).ownedBy("digital"))
                .touchpoint(Touchpoint.builder("ticket-kiosk", "Buy at a self-service kiosk").stage("ticketing")
                        .phase(DELIVERY).channel(Channel.KIOSK).lane(CUSTOMER_ACTION).ownedBy("stations"))
                .touchpoint(Touchpoint.builder("ticket-counter", "Buy at the counter").stage("ticketing")
                        .phase(DELIVERY).channel(Channel.COUNTER).lane(FRONT_STAGE).ownedBy("stations"))
                .touchpoint(Touchpoint.builder("seat-allocation", "Seat allocation").stage("ticketing")
                        .phase(DELIVERY).channel(Channel.WEB).lane(BACK_STAGE).ownedBy("revenue-management"))
                .touchpoint(Touchpoint.builder("ticket-change", "Change a ticket").stage("changes")
                        .phase(DELIVERY).channel(Channel.APP).lane(CUSTOMER_ACTION).ownedBy("digital")
                        .momentOfTruth())
                .touchpoint(Touchpoint.builder("refund", "Refund a ticket").stage("changes")
                        .phase(DELIVERY).channel(Channel.APP).lane(CUSTOMER_ACTION).ownedBy("digital"))
                .touchpoint(Touchpoint.builder("travel-information", "Departure boards and announcements")
                        .stage("station").phase(INFORMATION).channel(Channel.KIOSK).lane(PHYSICAL_EVIDENCE)
                        .ownedBy("stations"))
                .touchpoint(Touchpoint.builder("security-check", "Security and ticket check").stage("station")
                        .phase(DELIVERY).channel(Channel.COUNTER).lane(FRONT_STAGE).ownedBy("stations"))
                .touchpoint(Touchpoint.builder("departure", "Departure on time").stage("journey")
                        .phase(DELIVERY).channel(Channel.COUNTER).lane(SUPPORT).ownedBy("operations")
                        .momentOfTruth())
                .touchpoint(Touchpoint.builder("on-board-service", "On-board service").stage("journey")
                        .phase(DELIVERY).channel(Channel.COUNTER).lane(FRONT_STAGE).ownedBy("on-board-crew")
                        .momentOfTruth())
                .touchpoint(Touchpoint.builder("hotline", "Customer hotline").stage("after-sales")
                        .phase(CONSULTATION).channel(Channel.PHONE).lane(FRONT_STAGE).ownedBy("customer-service"))
                .touchpoint(Touchpoint.builder("chatbot", "Chatbot").stage("after-sales")
                        .phase(CONSULTATION).channel(Channel.CHATBOT).lane(FRONT_STAGE).ownedBy("digital"))
                .touchpoint(Touchpoint.builder("social-media", "Social media").stage("after-sales")
                        .phase(FOLLOW_UP).channel(Channel.SOCIAL_MEDIA).lane(FRONT_STAGE).ownedBy("customer-service"))
                .build();
    }

    /**
     * Returns the customer-service centre's calendar: Asia/Shanghai, every day 06:00–23:00.
     *
     * @return the calendar
     */
    public static BusinessCalendar calendar() {
        return BusinessCalendar.builder("transport-customer-service", "Asia/Shanghai")
                .hours(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, WorkingInterval.parse("06:00-23:00"))
                .build();
    }

    /**
     * Returns the SLA policy for passenger feedback; a warning 30 working minutes before each
     * deadline; resolution continues when a case is reopened.
     *
     * @return the policy
     */
    public static SlaPolicy slaPolicy() {
        return new SlaPolicy("passenger-feedback",
                List.of(SlaRule.of(Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(20),
                                SlaTarget.RESOLUTION, Duration.ofHours(3))).whenPriority(Priority.URGENT),
                        SlaRule.of(Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofHours(1),
                                SlaTarget.RESOLUTION, Duration.ofHours(8))).whenPriority(Priority.HIGH)),
                Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofHours(4), SlaTarget.NEXT_UPDATE, Duration.ofHours(12),
                        SlaTarget.RESOLUTION, Duration.ofHours(34), SlaTarget.FOLLOW_UP, Duration.ofHours(17)),
                List.of(new SlaWarning.Before(Duration.ofMinutes(30))),
                ReopenMode.CONTINUE);
    }

    /**
     * Returns the strategy's outcome indicators with this example's targets.
     *
     * @return the KPIs, by stage
     */
    public static List<ScenarioKpi> kpis() {
        return List.of(
                ScenarioKpi.of(KpiDefinition.builder("ticketing-success", "Ticket purchase success").stage("ticketing")
                        .unit(KpiUnit.PERCENT).atLeast("99").atRisk("98").reviewed(WEEKLY).build(),
                        Measure.atStage(MeasureKind.SUCCESS_RATE, "ticketing")),
                ScenarioKpi.of(KpiDefinition.builder("purchase-time", "Ticket purchase time").stage("ticketing")
                        .unit(KpiUnit.MINUTES).atMost("3").atRisk("5").reviewed(WEEKLY).build(),
                        Measure.atStage(MeasureKind.STAGE_TIME, "ticketing")),
                ScenarioKpi.of(KpiDefinition.builder("ticket-change-complaints", "Complaint rate on ticket changes")
                        .stage("changes").unit(KpiUnit.PERCENT).atMost("3").atRisk("5").reviewed(WEEKLY).build(),
                        Measure.atTouchpoint(MeasureKind.COMPLAINT_RATE, "ticket-change")),
                ScenarioKpi.of(KpiDefinition.builder("boarding-wait", "Security and ticket-check wait").stage("station")
                        .unit(KpiUnit.MINUTES).atMost("10").atRisk("15").reviewed(DAILY).build(),
                        Measure.atTouchpoint(MeasureKind.STEP_TIME, "security-check")),
                ScenarioKpi.of(KpiDefinition.builder("on-time-rate", "On-time rate").stage("journey")
                        .unit(KpiUnit.PERCENT).atLeast("95").atRisk("90").reviewed(DAILY).build(),
                        Measure.atTouchpoint(MeasureKind.SUCCESS_RATE, "departure")),
                ScenarioKpi.of(KpiDefinition.builder("journey-csat", "Passenger satisfaction with the journey")
                        .stage("journey").unit(KpiUnit.SCORE).atLeast("4.3").atRisk("4.0").reviewed(MONTHLY).build(),
                        Measure.atStage(MeasureKind.CSAT, "journey")),
                ScenarioKpi.of(KpiDefinition.builder("complaint-rate", "Complaint rate").stage("after-sales")
                        .unit(KpiUnit.PERCENT).atMost("3").atRisk("5").reviewed(WEEKLY).build(),
                        Measure.of(MeasureKind.COMPLAINT_RATE)),
                ScenarioKpi.of(KpiDefinition.builder("complaint-response", "Complaint response time").stage("after-sales")
                        .unit(KpiUnit.MINUTES).atMost("30").atRisk("60").reviewed(DAILY).build(),
                        Measure.of(MeasureKind.FIRST_RESPONSE_TIME)),
                ScenarioKpi.of(KpiDefinition.builder("resolution-time", "Resolution time").stage("after-sales")
                        .unit(KpiUnit.HOURS).atMost("8").atRisk("16").reviewed(WEEKLY).build(),
                        Measure.of(MeasureKind.RESOLUTION_TIME).with(org.qualityloop.examples.scenario.Statistic.MEDIAN)),
                ScenarioKpi.of(KpiDefinition.builder("action-execution", "Improvement-action execution rate")
                        .stage("after-sales").unit(KpiUnit.PERCENT).atLeast("90").atRisk("80").reviewed(MONTHLY)
                        .build(), Measure.of(MeasureKind.ACTION_EXECUTION)),
                ScenarioKpi.of(KpiDefinition.builder("nps", "Net Promoter Score").stage("after-sales")
                        .unit(KpiUnit.NPS).atLeast("30").atRisk("10").reviewed(QUARTERLY).build(),
                        Measure.of(MeasureKind.NPS)));
    }

    /**
     * Returns the scenario the harness runs: about 1,500 journeys a weekday, starting Thursday
     * 1 October 2026 (the National Day travel peak is in the demand, not in the centre's hours,
     * which never close), with 12 customer-service agents.
     *
     * @return the scenario
     */
    public static Scenario scenario() {
        return Scenarios.defaults("passenger-transport")
                .title("Passenger transport")
                .description("Multi-channel ticketing, changes and refunds, station, journey and after-sales of a"
                        + " passenger-transport operator (the seed's personalisation strategy).")
                .process(process())
                .calendar(calendar())
                .slaPolicy(slaPolicy())
                .kpis(kpis())
                .start(LocalDate.of(2026, 10, 1))
                .demand(Scenarios.demand(1500, 1.2, Scenarios.TRAVEL_DAY,
                        Map.of("commuter", 0.4, "leisure", 0.5, "vip", 0.1), 8))
                .desk(Scenarios.desk(12, "CNY"))
                .steps(List.of(
                        Step.at("ticket-app", LogNormal.of("PT1M30S", "PT4M")).use(0.55).group("ticketing")
                                .failure(0.006, "technical-issue/ticketing", ServiceFailureKind.SYSTEM,
                                        RootCauseCategory.MACHINE, 0.4).build(),
                        Step.at("ticket-web", LogNormal.of("PT2M", "PT5M")).use(0.1).group("ticketing")
                                .failure(0.008, "technical-issue/ticketing", ServiceFailureKind.SYSTEM,
                                        RootCauseCategory.MACHINE, 0.4).build(),
                        Step.at("ticket-mini-program", LogNormal.of("PT1M30S", "PT4M")).use(0.1).group("ticketing")
                                .failure(0.006, "technical-issue/ticketing", ServiceFailureKind.SYSTEM,
                                        RootCauseCategory.MACHINE, 0.4).build(),
                        Step.at("ticket-kiosk", LogNormal.of("PT2M", "PT6M")).use(0.1).group("ticketing")
                                .failure(0.015, "technical-issue/kiosk", ServiceFailureKind.SYSTEM,
                                        RootCauseCategory.MACHINE, 0.3).build(),
                        Step.at("ticket-counter", LogNormal.of("PT6M", "PT20M")).use(0.15).group("ticketing")
                                .failure(0.004, "service-attitude/counter", ServiceFailureKind.PEOPLE,
                                        RootCauseCategory.PEOPLE, 0.4)
                                .slow("PT20M", "process-suggestion/queue", 0.1).build(),
                        Step.at("seat-allocation", LogNormal.of("PT1S", "PT3S"))
                                .failure(0.003, "technical-issue/seat", ServiceFailureKind.SYSTEM,
                                        RootCauseCategory.MACHINE, 0.5).build(),
                        Step.at("ticket-change", LogNormal.of("PT3M", "PT9M")).use(0.12)
                                .failure(0.1, "technical-issue/ticket-change", ServiceFailureKind.SYSTEM,
                                        RootCauseCategory.METHOD, 0.45)
                                .otherwise("process-suggestion/ticket-change", 0.005).build(),
                        Step.at("refund", LogNormal.of("PT2M", "PT6M")).use(0.04)
                                .failure(0.03, "process-suggestion/refund", ServiceFailureKind.PROCESS,
                                        RootCauseCategory.METHOD, 0.4).build(),
                        Step.at("travel-information", LogNormal.of("PT2M", "PT5M")).use(0.9)
                                .failure(0.01, "quality/information", ServiceFailureKind.COMMUNICATION,
                                        RootCauseCategory.METHOD, 0.15).build(),
                        Step.at("security-check", LogNormal.of("PT6M", "PT15M"))
                                .slow("PT25M", "process-suggestion/security-queue", 0.06).build(),
                        Step.at("departure", LogNormal.of("PT2H", "PT5H"))
                                .failure(0.06, "quality/delay", ServiceFailureKind.SYSTEM, RootCauseCategory.ENVIRONMENT,
                                        0.12).build(),
                        Step.at("on-board-service", LogNormal.of("PT10M", "PT30M")).use(0.6)
                                .failure(0.01, "service-attitude/on-board", ServiceFailureKind.PEOPLE,
                                        RootCauseCategory.PEOPLE, 0.35)
                                .otherwise("product/on-board", 0.004).build(),
                        Step.at("hotline", LogNormal.of("PT5M", "PT12M")).use(0.04)
                                .otherwise("service-attitude/hotline", 0.08).build(),
                        Step.at("chatbot", LogNormal.of("PT8S", "PT20S")).use(0.06)
                                .failure(0.05, "quality/chatbot", ServiceFailureKind.SYSTEM, RootCauseCategory.MACHINE,
                                        0.15).build(),
                        Step.at("social-media", LogNormal.of("PT30M", "PT3H")).use(0.02)
                                .otherwise("product", 0.15).build()))
                .surveys(Scenarios.surveys(8.6, 4.15, 5.2, Scenarios.servqual(5.3, 5.0, 5.6, 5.1, 5.4),
                        List.of(new Surveys.IpaAttribute("punctuality", 4.8, 3.9),
                                new Surveys.IpaAttribute("ticket changes", 4.0, 3.0),
                                new Surveys.IpaAttribute("seat comfort", 3.8, 3.9),
                                new Surveys.IpaAttribute("station information", 3.9, 3.7),
                                new Surveys.IpaAttribute("on-board catering", 2.8, 3.4),
                                new Surveys.IpaAttribute("staff courtesy", 4.1, 4.2)),
                        List.of(Scenarios.kano("personalised seat choice", 0.05, 0.3, 0.45, 0.2),
                                Scenarios.kano("real-time delay alerts", 0.45, 0.35, 0.1, 0.1),
                                Scenarios.kano("cross-channel refunds", 0.5, 0.3, 0.05, 0.15),
                                Scenarios.kano("on-board wi-fi", 0.1, 0.3, 0.35, 0.25))))
                .improvement(new Improvement("ticket-change-ui-fix",
                        "Fix the complicated ticket-change interface: failed change attempts fall to 0.67× (complaints on"
                                + " ticket changes fell 30 % in the seed)",
                        List.of(new ScenarioChange.StepFailure(TouchpointId.of("ticket-change"), 0.67)),
                        List.of(KpiId.of("ticket-change-complaints"))))
                .improvement(new Improvement("more-agents",
                        "Staff the customer-service centre with 3 more agents",
                        List.of(new ScenarioChange.Agents(15)),
                        List.of(KpiId.of("complaint-response"))))
                .improvement(new Improvement("ai-itinerary-optimisation",
                        "Personalised, AI-optimised itineraries (the seed's personalisation): passengers are"
                                + " advised when to arrive and which check-in lane to use, so the station wait falls"
                                + " to 0.88× (waiting time -12 % in the seed)",
                        List.of(new ScenarioChange.StepDuration(TouchpointId.of("security-check"), 0.88)),
                        List.of(KpiId.of("boarding-wait"))))
                .build();
    }
}
