package org.qualityloop.model;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.json.QualityLoopJson;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.model.kpi.KpiStatus;
import org.qualityloop.model.kpi.KpiUnit;

/**
 * The business-travel service process of the seed documents (a business-travel platform's quality
 * programme): booking (預訂) → approval (審批) → payment (支付) → reimbursement (報銷) → after-sales
 * (售後), with touchpoints on several channels and lanes, and the seed's stage → KPI monitoring
 * table. Built from the public API alone.
 */
class BusinessTravelProcessTest {

    static ServiceProcess businessTravel() {
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

    /** The travel seed's monitoring table: stage → KPIs. Targets are this test's choice. */
    static List<KpiDefinition> travelKpis() {
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

    @Test
    void process_hasTheFiveStagesInOrder() {
        assertThat(businessTravel().stages()).extracting(s -> s.id().value())
                .containsExactly("booking", "approval", "payment", "reimbursement", "after-sales");
    }

    @Test
    void blueprint_approvalStage_separatesFrontStageFromBackStage() {
        ServiceProcess process = businessTravel();
        StageId approval = StageId.of("approval");
        assertThat(process.touchpoints(approval, FRONT_STAGE)).extracting(Touchpoint::name)
                .containsExactly("Manager approves the trip");
        assertThat(process.touchpoints(approval, BACK_STAGE)).extracting(Touchpoint::name)
                .containsExactly("Travel-policy check");
    }

    @Test
    void blueprint_momentsOfTruth_spanBookingPaymentReimbursementAndAfterSales() {
        assertThat(businessTravel().momentsOfTruth()).extracting(t -> t.id().value())
                .containsExactly("order-confirmation", "pay", "expense-audit", "hotline");
    }

    @Test
    void process_usesSevenChannels() {
        assertThat(businessTravel().channels()).containsExactly(Channel.APP, Channel.PHONE, Channel.CHATBOT,
                Channel.EMAIL, Channel.MINI_PROGRAM, Channel.WEB, Channel.SOCIAL_MEDIA);
    }

    @Test
    void describe_printsEveryStageAndMarksMomentsOfTruth() {
        String text = businessTravel().describe();
        assertThat(text).contains("5 stages, 13 touchpoints, 4 moments of truth")
                .contains("3. payment: Payment\n")
                .contains("   - pay: Pay with company account [CUSTOMER_ACTION, DELIVERY, app, team payments] [MoT]\n")
                .contains("   - policy-check: Travel-policy check [BACK_STAGE, DELIVERY, web, team policy-engine]\n");
    }

    @Test
    void kpis_everyKpiNamesAStageOfTheProcess() {
        ServiceProcess process = businessTravel();
        assertThat(travelKpis()).hasSize(10).allSatisfy(kpi ->
                assertThat(process.stage(kpi.stage().orElseThrow())).isPresent());
    }

    @Test
    void kpis_gradeMeasuredValues() {
        KpiDefinition cycle = travelKpis().get(5);
        assertThat(cycle.status(new BigDecimal("4"))).isEqualTo(KpiStatus.MET);
        assertThat(cycle.status(new BigDecimal("7"))).isEqualTo(KpiStatus.AT_RISK);
        assertThat(cycle.status(new BigDecimal("12"))).isEqualTo(KpiStatus.MISSED);
    }

    @Test
    void processAndKpis_roundTripThroughJson() {
        ServiceProcess process = businessTravel();
        assertThat(QualityLoopJson.read(QualityLoopJson.write(process), ServiceProcess.class)).isEqualTo(process);
        for (KpiDefinition kpi : travelKpis()) {
            assertThat(QualityLoopJson.read(QualityLoopJson.write(kpi), KpiDefinition.class)).isEqualTo(kpi);
        }
    }
}
