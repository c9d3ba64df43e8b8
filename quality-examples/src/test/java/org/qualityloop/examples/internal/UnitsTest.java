package org.qualityloop.examples.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.qualityloop.examples.simulation.KpiChange;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.model.kpi.KpiUnit;
import org.qualityloop.model.kpi.ReviewFrequency;
import org.qualityloop.model.sla.SlaTarget;

/** How the console and the results files show numbers, changes and SLA targets. */
class UnitsTest {

    private static KpiDefinition kpi(KpiUnit unit, boolean higher, String target, String atRisk) {
        KpiDefinition.Builder b = KpiDefinition.builder("k", "A KPI").unit(unit).reviewed(ReviewFrequency.MONTHLY);
        return (higher ? b.atLeast(target) : b.atMost(target)).atRisk(atRisk).build();
    }

    private static KpiChange change(KpiDefinition d, String before, String after) {
        return new KpiChange(d, Optional.of(new BigDecimal(before)), Optional.of(new BigDecimal(after)),
                KpiChange.Test.WELCH_T, Optional.empty(), 1, false, false, false);
    }

    @Test
    void number_roundsHalfUp_andNeverShowsANegativeZero() {
        assertThat(Units.number(new BigDecimal("97.66"), 1)).isEqualTo("97.7");
        assertThat(Units.number(new BigDecimal("2.25"), 1)).isEqualTo("2.3");
        assertThat(Units.number(new BigDecimal("-0.04"), 1)).isEqualTo("0.0");
        assertThat(Units.number(-0.004, 2)).isEqualTo("0.00");
        assertThat(Units.number(new BigDecimal("-0.05"), 1)).isEqualTo("-0.1");
        assertThat(Units.signed(new BigDecimal("-0.04"), 1)).isEqualTo("0.0");
        assertThat(Units.signed(new BigDecimal("2.5"), 1)).isEqualTo("+2.5");
    }

    @Property
    void number_neverStartsWithMinusZero(@ForAll @BigRange(min = "-1", max = "1") BigDecimal v,
            @ForAll @IntRange(min = 0, max = 4) int decimals) {
        String n = Units.number(v, decimals);
        assertThat(n.matches("-0(\\.0*)?")).as(n).isFalse();
        assertThat(new BigDecimal(n)).isEqualByComparingTo(v.setScale(decimals, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void value_usesTheUnitsDecimals() {
        assertThat(Units.value(new BigDecimal("97.74"), KpiUnit.PERCENT)).isEqualTo("97.7 %");
        assertThat(Units.value(new BigDecimal("4.1"), KpiUnit.SCORE)).isEqualTo("4.10");
        assertThat(Units.value(new BigDecimal("6.2"), KpiUnit.DAYS)).isEqualTo("6.2 days");
        assertThat(Units.value(new BigDecimal("35"), KpiUnit.NPS)).isEqualTo("35.0");
    }

    @Test
    void graded_addsDecimals_onlyWhenRoundingWouldHideThatAValueFallsShortOfAThreshold() {
        KpiDefinition rate = kpi(KpiUnit.PERCENT, true, "95", "90");
        assertThat(Units.graded(rate, new BigDecimal("94.96"))).isEqualTo(2); // 95.0 would read as met
        assertThat(Units.graded(rate, new BigDecimal("95.00"))).isEqualTo(1);
        assertThat(Units.graded(rate, new BigDecimal("93.46"))).isEqualTo(1);
        assertThat(Units.graded(rate, new BigDecimal("89.99999"))).isEqualTo(4);
    }

    @Test
    void change_ofARate_isInPercentagePoints_ofNps_inPoints_ofOthers_inTheUnitAndRelatively() {
        // NPS 35 -> 37.5: +2.5 points (not +7.1 %).
        assertThat(Units.change(change(kpi(KpiUnit.NPS, true, "40", "30"), "35", "37.5"))).isEqualTo("+2.5 points");
        // 93.47 % -> 93.51 %: +0.04 points, shown as 0.0 pp without a sign.
        assertThat(Units.change(change(kpi(KpiUnit.PERCENT, true, "90", "80"), "93.47", "93.51")))
                .isEqualTo("0.0 pp");
        assertThat(Units.change(change(kpi(KpiUnit.PERCENT, true, "90", "80"), "97.74", "96.50")))
                .isEqualTo("-1.2 pp");
        // 6.28 -> 3.05 days: -3.23 days, -51.4 % of 6.28.
        assertThat(Units.change(change(kpi(KpiUnit.DAYS, false, "5", "7"), "6.28", "3.05")))
                .isEqualTo("-3.2 days (-51.4 %)");
        assertThat(Units.change(new KpiChange(kpi(KpiUnit.DAYS, false, "5", "7"), Optional.empty(),
                Optional.of(BigDecimal.ONE), KpiChange.Test.MANN_WHITNEY_U, Optional.empty(), 1, false, false, false)))
                .isEqualTo("-");
    }

    @Test
    void lifecycleOrder_putsTargetsInTheOrderACaseMeetsThem_othersAfterByCode() {
        List<SlaTarget> targets = List.of(SlaTarget.RESOLUTION, SlaTarget.of("approval"), SlaTarget.FOLLOW_UP,
                SlaTarget.FIRST_RESPONSE, SlaTarget.NEXT_UPDATE);
        assertThat(Units.lifecycleOrder(targets)).containsExactly(SlaTarget.FIRST_RESPONSE, SlaTarget.NEXT_UPDATE,
                SlaTarget.RESOLUTION, SlaTarget.FOLLOW_UP, SlaTarget.of("approval"));
        assertThat(Units.name(SlaTarget.FIRST_RESPONSE)).isEqualTo("first response");
        assertThat(Units.name(SlaTarget.FOLLOW_UP)).isEqualTo("follow-up");
    }
}
