package org.qualityloop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityloop.model.BlueprintLane.BACK_STAGE;
import static org.qualityloop.model.BlueprintLane.FRONT_STAGE;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.Channel;
import org.qualityloop.model.ServiceProcess;
import org.qualityloop.model.StageId;
import org.qualityloop.model.Touchpoint;
import org.qualityloop.jackson.QualityLoopJson;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.model.kpi.KpiStatus;

/**
 * The business-travel service process of the seed documents (a business-travel platform's quality
 * programme): booking (預訂) → approval (審批) → payment (支付) → reimbursement (報銷) → after-sales
 * (售後), with touchpoints on several channels and lanes, and the seed's stage → KPI monitoring
 * table, as {@link BusinessTravel} builds them from the public API alone.
 */
class BusinessTravelProcessTest {

    @Test
    void process_hasTheFiveStagesInOrder() {
        assertThat(BusinessTravel.process().stages()).extracting(s -> s.id().value())
                .containsExactly("booking", "approval", "payment", "reimbursement", "after-sales");
    }

    @Test
    void blueprint_approvalStage_separatesFrontStageFromBackStage() {
        ServiceProcess process = BusinessTravel.process();
        StageId approval = StageId.of("approval");
        assertThat(process.touchpoints(approval, FRONT_STAGE)).extracting(Touchpoint::name)
                .containsExactly("Manager approves the trip");
        assertThat(process.touchpoints(approval, BACK_STAGE)).extracting(Touchpoint::name)
                .containsExactly("Travel-policy check");
    }

    @Test
    void blueprint_momentsOfTruth_spanBookingPaymentReimbursementAndAfterSales() {
        assertThat(BusinessTravel.process().momentsOfTruth()).extracting(t -> t.id().value())
                .containsExactly("order-confirmation", "pay", "expense-audit", "hotline");
    }

    @Test
    void process_usesSevenChannels() {
        assertThat(BusinessTravel.process().channels()).containsExactly(Channel.APP, Channel.PHONE, Channel.CHATBOT,
                Channel.WEB, Channel.EMAIL, Channel.MINI_PROGRAM, Channel.SOCIAL_MEDIA);
    }

    @Test
    void describe_printsEveryStageAndMarksMomentsOfTruth() {
        String text = BusinessTravel.process().describe();
        assertThat(text).contains("5 stages, 14 touchpoints, 4 moments of truth")
                .contains("3. payment: Payment\n")
                .contains("   - pay: Pay with company account [CUSTOMER_ACTION, DELIVERY, app, team payments] [MoT]\n")
                .contains("   - policy-check: Travel-policy check [BACK_STAGE, DELIVERY, web, team policy-engine]\n");
    }

    @Test
    void kpis_everyKpiNamesAStageOfTheProcess() {
        ServiceProcess process = BusinessTravel.process();
        assertThat(BusinessTravel.kpis()).hasSize(10).allSatisfy(kpi ->
                assertThat(process.stage(kpi.stage().orElseThrow())).isPresent());
    }

    @Test
    void kpis_gradeMeasuredValues() {
        KpiDefinition cycle = BusinessTravel.kpis().get(5);
        assertThat(cycle.status(new BigDecimal("4"))).isEqualTo(KpiStatus.MET);
        assertThat(cycle.status(new BigDecimal("7"))).isEqualTo(KpiStatus.AT_RISK);
        assertThat(cycle.status(new BigDecimal("12"))).isEqualTo(KpiStatus.MISSED);
    }

    @Test
    void processAndKpis_roundTripThroughJson() {
        ServiceProcess process = BusinessTravel.process();
        assertThat(QualityLoopJson.read(QualityLoopJson.write(process), ServiceProcess.class)).isEqualTo(process);
        for (KpiDefinition kpi : BusinessTravel.kpis()) {
            assertThat(QualityLoopJson.read(QualityLoopJson.write(kpi), KpiDefinition.class)).isEqualTo(kpi);
        }
    }
}
