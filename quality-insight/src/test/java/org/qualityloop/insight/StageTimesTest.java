package org.qualityloop.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.qualityloop.insight.History.at;

import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.qualityloop.metrics.analysis.MannWhitneyTest;
import org.qualityloop.model.StageId;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.calendar.BusinessCalendar;

/**
 * A worked example derived by hand, on the office calendar (Monday to Friday 09:00–17:00 UTC),
 * from Monday 2 March 2026.
 *
 * <p>Stage visits:
 * <pre>
 * approval  Mon 09:00 → Mon 13:00      4 h wall,  4 h working
 * approval  Mon 16:00 → Tue 10:00     18 h wall,  2 h working (Mon 16–17, Tue 09–10)
 * approval  Fri 15:00 → Mon 11:00     68 h wall,  4 h working (Fri 15–17, Mon 09–11)
 * booking   Mon 09:00 → Mon 09:10     10 min, 10 min
 * booking   Mon 09:00 → Mon 09:20     20 min, 20 min
 * booking   Sat 10:00 → Sat 10:30     30 min wall, 0 working
 * </pre>
 * Wall: approval [4 h, 18 h, 68 h], mean 30 h, median x(⌊0.5 · 2⌋) = 18 h; booking mean and median
 * 20 min. Working: approval [2 h, 4 h, 4 h], mean 3 h 20 min, median 4 h; booking [0, 10 min,
 * 20 min], mean and median 10 min. Approval ranks first in both. Its test against booking: every
 * approval visit is longer, so U₁ = 3 · 3 = 9 and the rank-biserial r = 2 · 9 / 9 − 1 = 1; with
 * three visits a side and no ties the p-value is exact: only 1 of the C(6, 3) = 20 orderings is
 * as extreme on each side, p = 2/20 = 0.1, not significant at 5 %.
 *
 * <p>Step visits, Tuesday 3 March in office hours (wall = working): approval/audit [1 h, 1 h, 8 h],
 * mean 3 h 20 min, median 1 h; approval/request [2 h, 2 h, 2 h], mean and median 2 h. Ranked by
 * the mean the audit comes first, though its median is the lower: its long visit costs the journey
 * more than the request's steady two hours. Its test: ranks of [1, 1, 2, 2, 2, 8] are 1.5, 1.5,
 * 4, 4, 4, 6, so R₁ = 1.5 + 1.5 + 6 = 9, U₁ = 9 − 3 · 4 / 2 = 3, r = 2 · 3 / 9 − 1 = −1/3: the
 * audit's visits do not tend to be longer; its tail is what makes it the costliest.
 */
class StageTimesTest {

    static final StageId APPROVAL = StageId.of("approval");
    static final StageId BOOKING = StageId.of("booking");
    static final TouchpointId AUDIT = TouchpointId.of("audit");
    static final TouchpointId REQUEST = TouchpointId.of("request");

    static StageTimes example() {
        StageTimes t = new StageTimes(History.OFFICE);
        t.add(APPROVAL, at("2026-03-02T09:00:00Z"), at("2026-03-02T13:00:00Z"));
        t.add(APPROVAL, at("2026-03-02T16:00:00Z"), at("2026-03-03T10:00:00Z"));
        t.add(APPROVAL, at("2026-03-06T15:00:00Z"), at("2026-03-09T11:00:00Z"));
        t.add(BOOKING, at("2026-03-02T09:00:00Z"), at("2026-03-02T09:10:00Z"));
        t.add(BOOKING, at("2026-03-02T09:00:00Z"), at("2026-03-02T09:20:00Z"));
        t.add(BOOKING, at("2026-03-07T10:00:00Z"), at("2026-03-07T10:30:00Z"));
        t.add(APPROVAL, AUDIT, at("2026-03-03T09:00:00Z"), at("2026-03-03T10:00:00Z"));
        t.add(APPROVAL, AUDIT, at("2026-03-03T09:00:00Z"), at("2026-03-03T10:00:00Z"));
        t.add(APPROVAL, AUDIT, at("2026-03-03T09:00:00Z"), at("2026-03-03T17:00:00Z"));
        t.add(APPROVAL, REQUEST, at("2026-03-03T10:00:00Z"), at("2026-03-03T12:00:00Z"));
        t.add(APPROVAL, REQUEST, at("2026-03-03T11:00:00Z"), at("2026-03-03T13:00:00Z"));
        t.add(APPROVAL, REQUEST, at("2026-03-03T12:00:00Z"), at("2026-03-03T14:00:00Z"));
        return t;
    }

    @Test
    void stageVisits_inWallAndWorkingTime_matchTheWorkedExample() {
        StageTimes t = example();
        StageTimes.Visits approval = t.stage(APPROVAL).orElseThrow();
        assertThat(approval.count()).isEqualTo(3);
        assertThat(approval.wall().mean()).isEqualTo(Duration.ofHours(30));
        assertThat(approval.wall().p50()).isEqualTo(Duration.ofHours(18));
        assertThat(approval.wall().max()).isEqualTo(Duration.ofHours(68));
        assertThat(approval.working().mean()).isEqualTo(Duration.ofMinutes(200));
        assertThat(approval.working().p50()).isEqualTo(Duration.ofHours(4));
        assertThat(approval.working().min()).isEqualTo(Duration.ofHours(2));
        StageTimes.Visits booking = t.stage(BOOKING).orElseThrow();
        assertThat(booking.wall().mean()).isEqualTo(Duration.ofMinutes(20));
        assertThat(booking.working().mean()).isEqualTo(Duration.ofMinutes(10));
        assertThat(booking.working().min()).isEqualTo(Duration.ZERO);
        assertThat(t.byStage()).extracting(v -> v.node().name()).containsExactly("approval", "booking");
        assertThat(t.bySteps()).extracting(v -> v.node().name())
                .containsExactly("approval/audit", "approval/request");
        assertThat(t.stage(StageId.of("payment"))).isEmpty();
    }

    @Test
    void bottleneck_isTheStageWithTheLongestMeanVisit_testedAgainstTheOthers() {
        StageTimes t = example();
        assertThat(t.ranking(DwellMeasure.WALL)).extracting(v -> v.node().name()).containsExactly("approval", "booking");
        assertThat(t.ranking(DwellMeasure.WORKING)).extracting(v -> v.node().name())
                .containsExactly("approval", "booking");
        StageTimes.Slowest b = t.bottleneck(DwellMeasure.WALL).orElseThrow();
        assertThat(b.node().node()).isEqualTo(StageTimes.Node.of(APPROVAL));
        assertThat(b.othersMean()).contains(Duration.ofMinutes(20));
        assertThat(b.othersMedian()).contains(Duration.ofMinutes(20));
        MannWhitneyTest test = b.test().orElseThrow();
        assertThat(test.u()).isEqualTo(9.0);
        assertThat(test.effectSize()).isEqualTo(1.0);
        assertThat(test.pValue()).isCloseTo(0.1, within(1e-12));
        assertThat(b.significantAt(0.05)).isFalse();
        assertThat(b.significantAt(0.2)).isTrue();
    }

    @Test
    void stepRanking_byTheMean_putsTheLongTailFirst_thoughItsMedianIsLower() {
        StageTimes t = example();
        StageTimes.Visits audit = t.step(APPROVAL, AUDIT).orElseThrow();
        assertThat(audit.wall().mean()).isEqualTo(Duration.ofMinutes(200));
        assertThat(audit.wall().p50()).isEqualTo(Duration.ofHours(1));
        assertThat(t.stepRanking(DwellMeasure.WALL)).extracting(v -> v.node().name())
                .containsExactly("approval/audit", "approval/request");
        StageTimes.Slowest b = t.stepBottleneck(DwellMeasure.WORKING).orElseThrow();
        assertThat(b.node().node().name()).isEqualTo("approval/audit");
        assertThat(b.othersMean()).contains(Duration.ofHours(2));
        MannWhitneyTest test = b.test().orElseThrow();
        assertThat(test.u()).isEqualTo(3.0);
        assertThat(test.effectSize()).isCloseTo(-1.0 / 3, within(1e-12));
        assertThat(b.significantAt(0.5)).isFalse();
    }

    @Test
    void aSingleNode_hasNoOthersToTestAgainst_andNoVisitsNoBottleneck() {
        StageTimes t = new StageTimes(History.OFFICE);
        assertThat(t.bottleneck(DwellMeasure.WALL)).isEmpty();
        t.add(BOOKING, at("2026-03-02T09:00:00Z"), at("2026-03-02T09:10:00Z"));
        StageTimes.Slowest b = t.bottleneck(DwellMeasure.WALL).orElseThrow();
        assertThat(b.othersMean()).isEmpty();
        assertThat(b.test()).isEmpty();
        assertThat(b.significantAt(0.05)).isFalse();
        assertThat(t.stepBottleneck(DwellMeasure.WALL)).isEmpty();
    }

    @Test
    void refusals_nameTheFieldTheRuleAndTheValue() {
        StageTimes t = new StageTimes(History.OFFICE);
        assertThatThrownBy(() -> t.add(BOOKING, at("2026-03-02T10:00:00Z"), at("2026-03-02T09:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("end must not be before start 2026-03-02T10:00:00Z, but was 2026-03-02T09:00:00Z");
        assertThat(t.byStage()).isEmpty();
        assertThatThrownBy(() -> t.ranking(DwellMeasure.TEAM_WALL))
                .hasMessage("measure must be WALL or WORKING for journey visits, but was TEAM_WALL");
        StageTimes other = new StageTimes(BusinessCalendar.twentyFourSeven("always", ZoneOffset.UTC));
        assertThatThrownBy(() -> t.merge(other))
                .hasMessage("other must measure on calendar office as this one does, but measures on always");
        assertThatThrownBy(() -> t.add(null, at("2026-03-02T10:00:00Z"), at("2026-03-02T11:00:00Z")))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("stage");
    }

    @Test
    void mergingWithItself_doublesEveryCount() {
        StageTimes t = example();
        t.merge(t);
        assertThat(t.stage(APPROVAL).orElseThrow().count()).isEqualTo(6);
        assertThat(t.stage(APPROVAL).orElseThrow().wall().mean()).isEqualTo(Duration.ofHours(30));
    }
}
