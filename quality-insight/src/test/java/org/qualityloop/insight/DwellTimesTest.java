package org.qualityloop.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.qualityloop.insight.History.at;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.StageId;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.metrics.analysis.MannWhitneyTest;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseState;
import org.qualityloop.workflow.cases.FeedbackLifecycle;

/**
 * A worked example derived by hand, on the office calendar (Monday to Friday 09:00–17:00 UTC).
 *
 * <p>Case A (stage "approval"), from Monday 2 March 2026:
 * <pre>
 * received Mon 09:00 → registered Mon 10:00      RECEIVED    1 h wall, 1 h working
 * responded Mon 16:00                            REGISTERED  6 h, 6 h
 * awaiting Mon 16:30, customer replied Tue 10:00 (the wait: 17 h 30 wall; 30 min Mon + 1 h Tue = 1 h 30 working)
 * resolved Tue 12:00                             IN_PROGRESS 20 h wall (team 2 h 30, customer 17 h 30),
 *                                                            4 h working: Mon 16–17 + Tue 09–12 (team 2 h 30, customer 1 h 30)
 * follow-up started Fri 12:00                    RESOLVED    72 h wall, 24 h working: Tue 12–17 5 h + Wed 8 + Thu 8 + Fri 09–12 3
 * confirmed Fri 14:00                            FOLLOW_UP   2 h, 2 h (CLOSED is not counted)
 * </pre>
 * Case B (no stage), Monday unless said:
 * <pre>
 * received 09:00, registered 09:30, responded 10:00, resolved 11:00, follow-up 13:00, reopened 14:00,
 * responded 15:00, resolved 16:00, follow-up Tue 09:00, three failed attempts Tue 10:00, 11:00, 12:00
 * (the third closes the case)
 * RECEIVED 30 min; REGISTERED 30 min; IN_PROGRESS 1 h and 1 h; RESOLVED 2 h, then 17 h wall / 1 h working;
 * FOLLOW_UP 1 h, then Tue 09–12 3 h; REOPENED 1 h.
 * </pre>
 * Working time per state, sorted: RECEIVED [30 min, 1 h]; REGISTERED [30 min, 6 h]; IN_PROGRESS
 * [1 h, 1 h, 4 h]; RESOLVED [1 h, 2 h, 24 h]; FOLLOW_UP [1 h, 2 h, 3 h]; REOPENED [1 h]. The
 * median is x(⌊0.5 (n − 1)⌋): 30 min, 30 min, 1 h, 2 h, 2 h, 1 h; means 45 min, 3 h 15, 2 h, 9 h,
 * 2 h, 1 h. Ranked by median, ties by mean: RESOLVED (2 h, 9 h), FOLLOW_UP (2 h, 2 h),
 * IN_PROGRESS (1 h, 2 h), REOPENED (1 h, 1 h), REGISTERED (30 min, 3 h 15), RECEIVED.
 *
 * <p>The bottleneck test: RESOLVED's [1 h, 2 h, 24 h] (n₁ = 3) against the 11 other visits
 * [30 min ×2, 1 h ×5, 2 h, 3 h, 4 h, 6 h] (median x(5) = 1 h). Ranked together (n = 14): the two
 * 30 min take ranks 1–2, the six 1 h ranks 3–8 (average 5.5), the two 2 h ranks 9–10 (9.5), then
 * 3 h 11, 4 h 12, 6 h 13, 24 h 14. R₁ = 5.5 + 9.5 + 14 = 29, U₁ = 29 − 3·4/2 = 23, rank-biserial
 * r = 2·23/(3·11) − 1 = 13/33. Ties Σ(t³ − t) = 6 + 210 + 6 = 222; σ² = 33/12 · (15 − 222/182) =
 * 37.8956; z = (23 − 16.5 − 0.5)/√37.8956 = 0.9747: with three visits, not significant.
 */
class DwellTimesTest {

    static final Duration MIN_30 = Duration.ofMinutes(30);

    static List<CaseEvent> caseA() {
        return History.received("case-a", at("2026-03-02T09:00:00Z"), "approval")
                .register(at("2026-03-02T10:00:00Z"))
                .then(at("2026-03-02T16:00:00Z"), CaseChange.responded())
                .then(at("2026-03-02T16:30:00Z"), CaseChange.awaitingCustomer())
                .then(at("2026-03-03T10:00:00Z"), CaseChange.customerReplied())
                .then(at("2026-03-03T12:00:00Z"), CaseChange.Resolved.plain())
                .then(at("2026-03-06T12:00:00Z"), CaseChange.followUpStarted())
                .then(at("2026-03-06T14:00:00Z"), CaseChange.Confirmed.withSatisfaction(4))
                .events();
    }

    static List<CaseEvent> caseB() {
        return History.received("case-b", at("2026-03-02T09:00:00Z"), null)
                .register(at("2026-03-02T09:30:00Z"))
                .then(at("2026-03-02T10:00:00Z"), CaseChange.responded())
                .then(at("2026-03-02T11:00:00Z"), CaseChange.Resolved.plain())
                .then(at("2026-03-02T13:00:00Z"), CaseChange.followUpStarted())
                .then(at("2026-03-02T14:00:00Z"), new CaseChange.Reopened("not solved"))
                .then(at("2026-03-02T15:00:00Z"), CaseChange.responded())
                .then(at("2026-03-02T16:00:00Z"), CaseChange.Resolved.plain())
                .then(at("2026-03-03T09:00:00Z"), CaseChange.followUpStarted())
                .then(at("2026-03-03T10:00:00Z"), CaseChange.followUpFailed())
                .then(at("2026-03-03T11:00:00Z"), CaseChange.followUpFailed())
                .then(at("2026-03-03T12:00:00Z"), CaseChange.followUpFailed())
                .events();
    }

    static DwellTimes example() {
        DwellTimes d = DwellTimes.of(FeedbackLifecycle.standard(History.OFFICE));
        d.add(caseA());
        d.add(caseB());
        return d;
    }

    @Test
    void theWorkedExampleHistoriesAreValid() {
        FeedbackLifecycle lifecycle = FeedbackLifecycle.standard(History.OFFICE);
        assertThat(lifecycle.replay(caseA()).state()).isEqualTo(CaseState.CLOSED);
        assertThat(lifecycle.replay(caseB()).state()).isEqualTo(CaseState.CLOSED);
    }

    @Test
    void dwellPerStateInWorkingAndWallTime() {
        DwellTimes d = example();
        assertThat(d.cases()).isEqualTo(2);
        NodeDwell inProgress = d.state(CaseState.IN_PROGRESS).orElseThrow();
        assertThat(inProgress.visits()).isEqualTo(3);
        assertThat(inProgress.working().total().max()).isEqualTo(Duration.ofHours(4));
        assertThat(inProgress.working().total().p50()).isEqualTo(Duration.ofHours(1));
        assertThat(inProgress.wall().total().max()).isEqualTo(Duration.ofHours(20));
        // the wait on the customer: one visit, 17 h 30 wall, 1 h 30 working
        assertThat(inProgress.wall().customer().orElseThrow().count()).isEqualTo(1);
        assertThat(inProgress.wall().customer().orElseThrow().max()).isEqualTo(Duration.ofMinutes(17 * 60 + 30));
        assertThat(inProgress.working().customer().orElseThrow().max()).isEqualTo(Duration.ofMinutes(90));
        // the team's part: 2 h 30 of A, 1 h and 1 h of B
        assertThat(inProgress.working().team().max()).isEqualTo(Duration.ofMinutes(150));
        assertThat(inProgress.working().team().mean()).isEqualTo(Duration.ofMinutes(90));
        assertThat(inProgress.wall().team().max()).isEqualTo(Duration.ofMinutes(150));

        NodeDwell resolved = d.state(CaseState.RESOLVED).orElseThrow();
        assertThat(resolved.working().total().p50()).isEqualTo(Duration.ofHours(2));
        assertThat(resolved.working().total().mean()).isEqualTo(Duration.ofHours(9));
        assertThat(resolved.wall().total().p50()).isEqualTo(Duration.ofHours(17));
        assertThat(resolved.wall().total().max()).isEqualTo(Duration.ofHours(72));
        assertThat(resolved.working().customer()).isEmpty();

        assertThat(d.state(CaseState.RECEIVED).orElseThrow().working().total().mean()).isEqualTo(Duration.ofMinutes(45));
        assertThat(d.state(CaseState.REGISTERED).orElseThrow().working().total().mean())
                .isEqualTo(Duration.ofMinutes(195));
        assertThat(d.state(CaseState.FOLLOW_UP).orElseThrow().working().total().max()).isEqualTo(Duration.ofHours(3));
        assertThat(d.state(CaseState.REOPENED).orElseThrow().visits()).isEqualTo(1);
        assertThat(d.state(CaseState.CLOSED)).isEmpty();
        assertThat(d.byState()).extracting(n -> n.node().state()).containsExactly(CaseState.RECEIVED,
                CaseState.REGISTERED, CaseState.IN_PROGRESS, CaseState.RESOLVED, CaseState.FOLLOW_UP,
                CaseState.REOPENED);
    }

    @Test
    void rankingAndBottleneck() {
        DwellTimes d = example();
        assertThat(d.ranking(DwellMeasure.WORKING)).extracting(n -> n.node().name()).containsExactly(
                "RESOLVED", "FOLLOW_UP", "IN_PROGRESS", "REOPENED", "REGISTERED", "RECEIVED");
        Bottleneck b = d.bottleneck(DwellMeasure.WORKING).orElseThrow();
        assertThat(b.node().node()).isEqualTo(DwellNode.of(CaseState.RESOLVED));
        assertThat(b.median()).isEqualTo(Duration.ofHours(2));
        assertThat(b.othersMedian()).isEqualTo(Duration.ofHours(1));
        MannWhitneyTest t = b.test().orElseThrow();
        assertThat(t.u()).isEqualTo(23.0);
        assertThat(t.method()).isEqualTo(MannWhitneyTest.Method.NORMAL_APPROXIMATION); // ties
        assertThat(t.effectSize()).isCloseTo(13.0 / 33.0, within(1e-12));
        assertThat(t.statistic()).isCloseTo(0.9747, within(1e-4));
        assertThat(b.significantAt(0.05)).isFalse();
    }

    /**
     * The effect size's interval at 99 % (z = 2.575829): A = U₁/(n₁n₂) = 23/33 = 0.696970;
     * Hanley and McNeil's Q₁ = A/(2 − A) = 0.534884, Q₂ = 2A²/(1 + A) = 0.572511; variance
     * [A(1 − A) + 2(Q₁ − A²) + 10(Q₂ − A²)]/33 = (0.211203 + 0.098234 + 0.867438)/33 = 0.035663,
     * se 0.188846, margin 0.486434: A in [0.210536, 1] (clipped), r = 2A − 1 in [−0.578933, 1].
     */
    @Test
    void bottleneck_at99Percent_widensTheEffectSizesInterval() {
        DwellTimes d = example();
        Bottleneck b = d.bottleneck(DwellMeasure.WORKING, 0.99).orElseThrow();
        assertThat(b.level()).isEqualTo(0.99);
        assertThat(b.rankBiserialInterval().orElseThrow().lower()).isCloseTo(-0.578933, within(1e-6));
        assertThat(b.rankBiserialInterval().orElseThrow().upper()).isEqualTo(1.0);
        assertThat(b.test()).isEqualTo(d.bottleneck(DwellMeasure.WORKING).orElseThrow().test());
        Bottleneck at95 = d.bottleneck(DwellMeasure.WORKING).orElseThrow();
        assertThat(at95.rankBiserialInterval()).contains(at95.test().orElseThrow().rankBiserialInterval());
        assertThat(Bottleneck.rankBiserial(at95.test().orElseThrow(), Confidence.Z_975).lower())
                .isCloseTo(at95.test().orElseThrow().rankBiserialInterval().lower(), within(1e-12));
        assertThat(d.stageBottleneck(DwellMeasure.WORKING, 0.9).orElseThrow().level()).isEqualTo(0.9);
        assertThatThrownBy(() -> d.bottleneck(DwellMeasure.WORKING, 0.4))
                .hasMessage("level must be at least 0.5 and below 1, but was 0.4");
    }

    @Test
    void perStage() {
        DwellTimes d = example();
        // only case A names a stage
        assertThat(d.byStage()).extracting(n -> n.node().name()).containsExactly("approval/RECEIVED",
                "approval/REGISTERED", "approval/IN_PROGRESS", "approval/RESOLVED", "approval/FOLLOW_UP");
        assertThat(d.stageRanking(DwellMeasure.WORKING).get(0).node())
                .isEqualTo(DwellNode.of(StageId.of("approval"), CaseState.RESOLVED));
        Bottleneck b = d.stageBottleneck(DwellMeasure.TEAM_WORKING).orElseThrow();
        assertThat(b.node().node().name()).isEqualTo("approval/RESOLVED");
        assertThat(b.median()).isEqualTo(Duration.ofHours(24));
        // the other four visits of A, by the team in working time: 1 h, 6 h, 2 h 30, 2 h -> x(1) = 2 h
        assertThat(b.othersMedian()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void anOpenCaseCountsTheVisitsThatEnded() {
        DwellTimes d = new DwellTimes(History.OFFICE, 3);
        d.add(caseA().subList(0, 3)); // received, registered, responded: still in progress
        assertThat(d.byState()).extracting(n -> n.node().state()).containsExactly(CaseState.RECEIVED,
                CaseState.REGISTERED);
    }

    @Test
    void emptyAndInvalidInput() {
        DwellTimes d = new DwellTimes(History.OFFICE, 3);
        assertThat(d.bottleneck(DwellMeasure.WALL)).isEmpty();
        assertThat(d.byState()).isEmpty();
        assertThatThrownBy(() -> d.add(List.of())).hasMessage("history must not be empty");
        assertThatThrownBy(() -> d.add(caseA().subList(1, 3)))
                .hasMessage("history[0] must be a received change, but was REGISTER");
        List<CaseEvent> backwards = List.of(caseA().get(0), caseA().get(2), caseA().get(1));
        assertThatThrownBy(() -> d.add(backwards)).hasMessageStartingWith("history[2].at must not be before");
        assertThat(d.cases()).isZero();
        assertThatThrownBy(() -> new DwellTimes(History.OFFICE, 0))
                .hasMessage("maxFollowUpAttempts must be at least 1, but was 0");
        DwellTimes other = new DwellTimes(BusinessCalendar.twentyFourSeven("always", ZoneOffset.UTC), 3);
        assertThatThrownBy(() -> d.merge(other))
                .hasMessage("other must measure on calendar office as this one does, but measures on always");
    }

    @Test
    void mergingIntoItselfDoubles() {
        DwellTimes d = example();
        d.merge(d);
        assertThat(d.cases()).isEqualTo(4);
        assertThat(d.state(CaseState.IN_PROGRESS).orElseThrow().visits()).isEqualTo(6);
        DwellTimes twice = example().merge(example());
        assertThat(d).isEqualTo(twice).hasSameHashCodeAs(twice);
    }
}
