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
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.qualityloop.model.Channel;
import org.qualityloop.model.Priority;
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
 * choice, stated once so scenarios and reports use the same numbers. Every method builds a new,
 * immutable value; the class is stateless and thread-safe.
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
     * on New Year's Day and the National Day week (1–7 October) every year.
     *
     * @return the calendar
     */
    public static BusinessCalendar calendar() {
        BusinessCalendar.Builder builder = BusinessCalendar.builder("travel-service-centre", "Asia/Shanghai")
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-18:00"))
                .holiday(MonthDay.of(1, 1));
        for (int day = 1; day <= 7; day++) {
            builder.holiday(MonthDay.of(10, day));
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
}
