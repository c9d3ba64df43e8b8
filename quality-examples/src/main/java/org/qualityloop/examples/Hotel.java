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
 * The hotel of the seed documents' customer-service optimisation plan: reservation → check-in →
 * stay → check-out → follow-up, with the plan's quality indicators — service efficiency (check-in
 * and check-out speed, room-service response), service attitude and satisfaction, and the
 * willingness to recommend. Its improvements are the plan's own: online pre-registration and
 * self-service check-in to cut the check-in wait, and staff training.
 *
 * <p>Every method builds a new, immutable value; the class is stateless and thread-safe.
 */
public final class Hotel {

    private Hotel() {
    }

    /**
     * Returns the hotel's service process with its touchpoints.
     *
     * @return the process
     */
    public static ServiceProcess process() {
        return ServiceProcess.builder("hotel-stay", "Hotel stay")
                .stage("reservation", "Reservation")
                .stage("check-in", "Check-in")
                .stage("stay", "Stay and room service")
                .stage("check-out", "Check-out")
                .stage("follow-up", "Follow-up")
                .requireNonEmptyStages()
                .touchpoint(Touchpoint.builder("online-booking", "Book a room online").stage("reservation")
                        .phase(INFORMATION).channel(Channel.APP).lane(CUSTOMER_ACTION).ownedBy("e-commerce"))
                .touchpoint(Touchpoint.builder("reservation-call", "Reservation hotline").stage("reservation")
                        .phase(CONSULTATION).channel(Channel.PHONE).lane(FRONT_STAGE).ownedBy("reservations"))
                .touchpoint(Touchpoint.builder("booking-confirmation", "Booking confirmation").stage("reservation")
                        .phase(DELIVERY).channel(Channel.EMAIL).lane(PHYSICAL_EVIDENCE).ownedBy("reservations"))
                .touchpoint(Touchpoint.builder("front-desk-check-in", "Check in at the front desk").stage("check-in")
                        .phase(DELIVERY).channel(Channel.COUNTER).lane(FRONT_STAGE).ownedBy("front-office")
                        .momentOfTruth())
                .touchpoint(Touchpoint.builder("room-assignment", "Room assignment").stage("check-in")
                        .phase(DELIVERY).channel(Channel.WEB).lane(BACK_STAGE).ownedBy("front-office"))
                .touchpoint(Touchpoint.builder("room", "The room").stage("stay")
                        .phase(DELIVERY).channel(Channel.COUNTER).lane(PHYSICAL_EVIDENCE).ownedBy("housekeeping")
                        .momentOfTruth())
                .touchpoint(Touchpoint.builder("room-service", "Room service").stage("stay")
                        .phase(DELIVERY).channel(Channel.PHONE).lane(FRONT_STAGE).ownedBy("food-and-beverage"))
                .touchpoint(Touchpoint.builder("housekeeping", "Housekeeping").stage("stay")
                        .phase(DELIVERY).channel(Channel.COUNTER).lane(BACK_STAGE).ownedBy("housekeeping"))
                .touchpoint(Touchpoint.builder("wifi", "Wi-Fi").stage("stay")
                        .phase(DELIVERY).channel(Channel.WEB).lane(SUPPORT).ownedBy("it"))
                .touchpoint(Touchpoint.builder("front-desk-check-out", "Check out at the front desk").stage("check-out")
                        .phase(DELIVERY).channel(Channel.COUNTER).lane(FRONT_STAGE).ownedBy("front-office")
                        .momentOfTruth())
                .touchpoint(Touchpoint.builder("billing", "Final bill").stage("check-out")
                        .phase(DELIVERY).channel(Channel.WEB).lane(BACK_STAGE).ownedBy("finance"))
                .touchpoint(Touchpoint.builder("guest-relations", "Guest relations call").stage("follow-up")
                        .phase(FOLLOW_UP).channel(Channel.PHONE).lane(FRONT_STAGE).ownedBy("guest-relations"))
                .touchpoint(Touchpoint.builder("online-review", "Online review").stage("follow-up")
                        .phase(FOLLOW_UP).channel(Channel.SOCIAL_MEDIA).lane(CUSTOMER_ACTION).ownedBy("marketing"))
                .build();
    }

    /**
     * Returns the guest-relations desk's calendar: Asia/Shanghai, every day 08:00–22:00 (a hotel
     * keeps no holidays).
     *
     * @return the calendar
     */
    public static BusinessCalendar calendar() {
        return BusinessCalendar.builder("hotel-guest-relations", "Asia/Shanghai")
                .hours(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, WorkingInterval.parse("08:00-22:00"))
                .build();
    }

    /**
     * Returns the SLA policy for guest feedback: a guest in the house needs answers fast; a
     * warning at 80 % of each target; resolution restarts when a case is reopened.
     *
     * @return the policy
     */
    public static SlaPolicy slaPolicy() {
        return new SlaPolicy("hotel-guest-feedback",
                List.of(SlaRule.of(Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(15),
                                SlaTarget.RESOLUTION, Duration.ofHours(2))).whenPriority(Priority.URGENT),
                        SlaRule.of(Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(30),
                                SlaTarget.RESOLUTION, Duration.ofHours(6))).whenPriority(Priority.HIGH)),
                Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofHours(2), SlaTarget.NEXT_UPDATE, Duration.ofHours(8),
                        SlaTarget.RESOLUTION, Duration.ofHours(24), SlaTarget.FOLLOW_UP, Duration.ofHours(24)),
                List.of(new SlaWarning.Share(new BigDecimal("0.8"))),
                ReopenMode.RESTART);
    }

    /**
     * Returns the plan's indicators with this example's targets.
     *
     * @return the KPIs, by stage
     */
    public static List<ScenarioKpi> kpis() {
        return List.of(
                ScenarioKpi.of(KpiDefinition.builder("booking-accuracy", "Booking accuracy").stage("reservation")
                        .unit(KpiUnit.PERCENT).atLeast("99.5").atRisk("99").reviewed(WEEKLY).build(),
                        Measure.atStage(MeasureKind.SUCCESS_RATE, "reservation")),
                ScenarioKpi.of(KpiDefinition.builder("check-in-wait", "Check-in waiting time").stage("check-in")
                        .unit(KpiUnit.MINUTES).atMost("5").atRisk("8").reviewed(DAILY).build(),
                        Measure.atTouchpoint(MeasureKind.STEP_TIME, "front-desk-check-in")),
                ScenarioKpi.of(KpiDefinition.builder("check-in-csat", "Check-in satisfaction").stage("check-in")
                        .unit(KpiUnit.SCORE).atLeast("4.5").atRisk("4.2").reviewed(MONTHLY).build(),
                        Measure.atStage(MeasureKind.CSAT, "check-in")),
                ScenarioKpi.of(KpiDefinition.builder("room-service-response", "Room-service response time").stage("stay")
                        .unit(KpiUnit.MINUTES).atMost("20").atRisk("30").reviewed(DAILY).build(),
                        Measure.atTouchpoint(MeasureKind.STEP_TIME, "room-service")),
                ScenarioKpi.of(KpiDefinition.builder("stay-complaint-rate", "Complaint rate during the stay").stage("stay")
                        .unit(KpiUnit.PERCENT).atMost("3").atRisk("5").reviewed(WEEKLY).build(),
                        Measure.atStage(MeasureKind.COMPLAINT_RATE, "stay")),
                ScenarioKpi.of(KpiDefinition.builder("check-out-time", "Check-out time").stage("check-out")
                        .unit(KpiUnit.MINUTES).atMost("5").atRisk("8").reviewed(DAILY).build(),
                        Measure.atTouchpoint(MeasureKind.STEP_TIME, "front-desk-check-out")),
                ScenarioKpi.of(KpiDefinition.builder("billing-accuracy", "Billing accuracy").stage("check-out")
                        .unit(KpiUnit.PERCENT).atLeast("99.5").atRisk("99").reviewed(MONTHLY).build(),
                        Measure.atTouchpoint(MeasureKind.SUCCESS_RATE, "billing")),
                ScenarioKpi.of(KpiDefinition.builder("complaint-response", "Complaint response time").stage("follow-up")
                        .unit(KpiUnit.MINUTES).atMost("15").atRisk("30").reviewed(DAILY).build(),
                        Measure.of(MeasureKind.FIRST_RESPONSE_TIME)),
                ScenarioKpi.of(KpiDefinition.builder("first-contact-resolution", "First-contact resolution")
                        .stage("follow-up").unit(KpiUnit.PERCENT).atLeast("40").atRisk("30").reviewed(WEEKLY).build(),
                        Measure.of(MeasureKind.FIRST_CONTACT_RESOLUTION)),
                ScenarioKpi.of(KpiDefinition.builder("resolution-sla", "Resolution within target").stage("follow-up")
                        .unit(KpiUnit.PERCENT).atLeast("90").atRisk("80").reviewed(WEEKLY).build(),
                        Measure.sla(SlaTarget.RESOLUTION)),
                ScenarioKpi.of(KpiDefinition.builder("nps", "Net Promoter Score").stage("follow-up")
                        .unit(KpiUnit.NPS).atLeast("45").atRisk("25").reviewed(QUARTERLY).build(),
                        Measure.of(MeasureKind.NPS)));
    }

    /**
     * Returns the scenario the harness runs: about 700 stays a weekday and more at weekends,
     * starting Monday 6 July 2026, with 9 guest-relations agents.
     *
     * @return the scenario
     */
    public static Scenario scenario() {
        return Scenarios.defaults("hotel")
                .title("Hotel customer service")
                .description("Reservation, check-in, stay, check-out and follow-up of a hotel, with the service-efficiency,"
                        + " attitude and satisfaction indicators of the seed's optimisation plan.")
                .process(process())
                .calendar(calendar())
                .slaPolicy(slaPolicy())
                .kpis(kpis())
                .start(LocalDate.of(2026, 7, 6))
                .demand(Scenarios.demand(700, 1.4, Scenarios.TRAVEL_DAY,
                        Map.of("business", 0.45, "leisure", 0.45, "vip", 0.1), 2))
                .desk(Scenarios.desk(13, "CNY").withFirstContactResolution(0.6))
                .steps(List.of(
                        Step.at("online-booking", LogNormal.of("PT4M", "PT10M")).use(0.75).group("booking")
                                .failure(0.003, "technical-issue/booking", ServiceFailureKind.SYSTEM,
                                        RootCauseCategory.MACHINE, 0.5).build(),
                        Step.at("reservation-call", LogNormal.of("PT5M", "PT12M")).use(0.25).group("booking")
                                .failure(0.006, "quality/reservation", ServiceFailureKind.PEOPLE,
                                        RootCauseCategory.PEOPLE, 0.5).build(),
                        Step.at("booking-confirmation", LogNormal.of("PT1M", "PT5M"))
                                .failure(0.002, "quality/reservation", ServiceFailureKind.SYSTEM,
                                        RootCauseCategory.MACHINE, 0.4).build(),
                        Step.at("front-desk-check-in", LogNormal.of("PT6M", "PT14M"))
                                .failure(0.01, "service-attitude/front-desk", ServiceFailureKind.PEOPLE,
                                        RootCauseCategory.PEOPLE, 0.4)
                                .slow("PT15M", "process-suggestion/check-in", 0.12).build(),
                        Step.at("room-assignment", LogNormal.of("PT1M", "PT3M"))
                                .failure(0.015, "quality/room-not-ready", ServiceFailureKind.PROCESS,
                                        RootCauseCategory.METHOD, 0.5).build(),
                        Step.at("room", LogNormal.of("P1D", "P3D"))
                                .failure(0.02, "quality/room", ServiceFailureKind.PROCESS, RootCauseCategory.MATERIAL,
                                        0.45)
                                .otherwise("product/room", 0.01).build(),
                        Step.at("room-service", LogNormal.of("PT15M", "PT35M")).use(0.3)
                                .failure(0.03, "quality/room-service", ServiceFailureKind.PEOPLE,
                                        RootCauseCategory.PEOPLE, 0.35)
                                .slow("PT45M", "service-attitude/room-service", 0.2).build(),
                        Step.at("housekeeping", LogNormal.of("PT30M", "PT50M"))
                                .failure(0.01, "quality/housekeeping", ServiceFailureKind.PEOPLE,
                                        RootCauseCategory.PEOPLE, 0.4).build(),
                        Step.at("wifi", LogNormal.of("PT1S", "PT3S")).use(0.85)
                                .failure(0.02, "technical-issue/wifi", ServiceFailureKind.SYSTEM,
                                        RootCauseCategory.MACHINE, 0.2).build(),
                        Step.at("front-desk-check-out", LogNormal.of("PT4M", "PT10M"))
                                .failure(0.005, "service-attitude/front-desk", ServiceFailureKind.PEOPLE,
                                        RootCauseCategory.PEOPLE, 0.4)
                                .slow("PT12M", "process-suggestion/check-out", 0.08).build(),
                        Step.at("billing", LogNormal.of("PT30S", "PT2M"))
                                .failure(0.004, "quality/billing", ServiceFailureKind.SYSTEM, RootCauseCategory.MACHINE,
                                        0.8).build(),
                        Step.at("guest-relations", LogNormal.of("PT3M", "PT8M")).use(0.05)
                                .otherwise(null, 0.2).build(),
                        Step.at("online-review", LogNormal.of("PT5M", "PT15M")).use(0.08)
                                .otherwise("product", 0.15).build()))
                .surveys(Scenarios.surveys(8.9, 4.35, 5.6, Scenarios.servqual(5.8, 5.3, 5.9, 5.5, 5.9),
                        List.of(new Surveys.IpaAttribute("check-in speed", 4.3, 3.4),
                                new Surveys.IpaAttribute("room cleanliness", 4.8, 4.4),
                                new Surveys.IpaAttribute("staff courtesy", 4.5, 4.3),
                                new Surveys.IpaAttribute("breakfast", 3.6, 3.9),
                                new Surveys.IpaAttribute("wi-fi", 3.9, 3.3),
                                new Surveys.IpaAttribute("gym", 2.6, 3.7)),
                        List.of(Scenarios.kano("free wi-fi", 0.6, 0.2, 0.05, 0.15),
                                Scenarios.kano("online pre-registration", 0.1, 0.35, 0.4, 0.15),
                                Scenarios.kano("welcome fruit", 0.05, 0.1, 0.5, 0.35),
                                Scenarios.kano("late check-out", 0.15, 0.45, 0.25, 0.15))))
                .improvement(new Improvement("self-check-in",
                        "Online pre-registration and self-service check-in (the plan's measure to cut waiting):"
                                + " checking in takes 0.45× as long",
                        List.of(new ScenarioChange.StepDuration(TouchpointId.of("front-desk-check-in"), 0.45)),
                        List.of(KpiId.of("check-in-wait"))))
                .improvement(new Improvement("staff-training",
                        "Train front-office and guest-relations staff: guests rate the service higher (the seed"
                                + " reports satisfaction up 15 % after training)",
                        List.of(new ScenarioChange.Satisfaction(1.0)),
                        List.of(KpiId.of("check-in-csat"), KpiId.of("nps"))))
                .build();
    }
}
