package org.qualityloop.model.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.KpiId;

class KpiDefinitionTest {

    /**
     * The course seed's KPI table (type → example → frequency → target): quality ≥ 95% weekly,
     * efficiency &lt; 15 min daily, satisfaction 4.5 / 5 monthly, financial +10% year on year
     * quarterly. At-risk thresholds are this test's choice.
     */
    static List<KpiDefinition> courseKpis() {
        return List.of(
                KpiDefinition.builder("first-contact-resolution", "First-contact resolution")
                        .unit(KpiUnit.PERCENT).atLeast("95").atRisk("90").reviewed(ReviewFrequency.WEEKLY).build(),
                KpiDefinition.builder("average-service-time", "Average service time")
                        .unit(KpiUnit.MINUTES).atMost("15").atRisk("20").reviewed(ReviewFrequency.DAILY).build(),
                KpiDefinition.builder("satisfaction-score", "Satisfaction score (out of 5)")
                        .unit(KpiUnit.SCORE).atLeast("4.5").atRisk("4.2").reviewed(ReviewFrequency.MONTHLY).build(),
                KpiDefinition.builder("customer-value", "Customer value")
                        .unit(KpiUnit.PERCENT_CHANGE_YEAR_ON_YEAR).atLeast("10").atRisk("5")
                        .reviewed(ReviewFrequency.QUARTERLY).build());
    }

    @Test
    void courseTable_isExpressibleAndGradesValues() {
        List<KpiDefinition> kpis = courseKpis();
        assertThat(kpis.get(0).status(new BigDecimal("96.2"))).isEqualTo(KpiStatus.MET);
        assertThat(kpis.get(0).status(new BigDecimal("92"))).isEqualTo(KpiStatus.AT_RISK);
        assertThat(kpis.get(0).status(new BigDecimal("89.9"))).isEqualTo(KpiStatus.MISSED);
        assertThat(kpis.get(1).status(new BigDecimal("15"))).isEqualTo(KpiStatus.MET);
        assertThat(kpis.get(1).status(new BigDecimal("20"))).isEqualTo(KpiStatus.AT_RISK);
        assertThat(kpis.get(1).status(new BigDecimal("20.5"))).isEqualTo(KpiStatus.MISSED);
        assertThat(kpis.get(3).status(new BigDecimal("12"))).isEqualTo(KpiStatus.MET);
        assertThat(kpis.get(3).direction()).isEqualTo(KpiDirection.HIGHER_IS_BETTER);
        assertThat(kpis.get(3).stage()).isEmpty();
    }

    @Test
    void atRisk_onTheBetterSideOfTheTarget_isRejected() {
        assertThatThrownBy(() -> KpiDefinition.builder("x", "X").unit(KpiUnit.PERCENT).atLeast("95").atRisk("97")
                .reviewed(ReviewFrequency.WEEKLY).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("atRisk must be at most the target 95 when higher is better, but was 97");
        assertThatThrownBy(() -> new KpiDefinition(KpiId.of("y"), "Y", KpiUnit.MINUTES, KpiDirection.LOWER_IS_BETTER,
                new BigDecimal("15"), new BigDecimal("10"), ReviewFrequency.DAILY, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("atRisk must be at least the target 15 when lower is better, but was 10");
    }

    @Test
    void builder_missingDirection_isReported() {
        assertThatThrownBy(() -> KpiDefinition.builder("x", "X").unit(KpiUnit.PERCENT).atRisk("1")
                .reviewed(ReviewFrequency.WEEKLY).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("direction (call atLeast or atMost) of KPI 'x' was not set");
        assertThatThrownBy(() -> KpiDefinition.builder("x", "X").atLeast("ninety"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target must be a decimal number, but was 'ninety'");
    }

    @Test
    void atRiskEqualToTarget_leavesNoAtRiskBand() {
        KpiDefinition strict = KpiDefinition.builder("x", "X").unit(KpiUnit.COUNT).atMost("0").atRisk("0")
                .reviewed(ReviewFrequency.DAILY).build();
        assertThat(strict.status(BigDecimal.ZERO)).isEqualTo(KpiStatus.MET);
        assertThat(strict.status(BigDecimal.ONE)).isEqualTo(KpiStatus.MISSED);
    }
}
