package org.qualityloop.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qualityloop.metrics.Interval;
import org.qualityloop.metrics.NpsComparison;
import org.qualityloop.metrics.NpsResult;
import org.qualityloop.metrics.analysis.TwoProportionTest;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Severity;
import org.qualityloop.model.feedback.Money;
import org.qualityloop.model.feedback.RecoveryAction;
import org.qualityloop.model.feedback.RecoveryActionKind;
import org.qualityloop.model.feedback.RecoveryOutcome;
import org.qualityloop.model.outcome.CaseOutcome;
import org.qualityloop.model.outcome.Closure;

/**
 * A worked example derived by hand.
 *
 * <pre>
 * never failed:   NPS 10, 9, 8, 6       P 2, D 1, n 4: NPS 100 (2 − 1)/4 = 25     ratings 5, 4, 3: 2 of 3 satisfied
 * recovered:      NPS 10 (apology), 10 (compensation), 9 (apology and compensation), 7 (fix), 3 (apology)
 *                 P 3, D 1, n 5: NPS 40                                          ratings 5, 5, 4, 2: 3 of 4 satisfied
 * not recovered:  NPS 2 (no action), 5 (apology failed), 8 (compensation pending)
 *                 P 0, D 2, n 3: NPS −66.7                                       ratings 1, 2, 4: 1 of 3
 * by action, recovered only: apology 10, 9, 3 (P 2, D 1, n 3: 33.3); compensation 10, 9 (100); fix 7 (0)
 * </pre>
 * Recovered against never failed: NPS difference 40 − 25 = 15. Satisfied shares 3/4 against 2/3:
 * pooled p̂ = 5/7, se = √(5/7 · 2/7 · (1/4 + 1/3)) = √0.119048 = 0.345033, z = (0.75 − 0.666667)/0.345033
 * = 0.24152. Wilson 95 % for 3 of 4 (z² = 3.841459): centre (0.75 + 3.841459/8)/(1 + 3.841459/4) =
 * 1.230182/1.960365 = 0.627530; half 1.959964/1.960365 · √(0.75 · 0.25/4 + 3.841459/64) = 0.326886:
 * [0.300643, 0.954416].
 */
class RecoveryParadoxTest {

    static final Instant T = Instant.parse("2026-03-02T09:00:00Z");
    static final AgentId AGENT = AgentId.of("agent-1");

    static Optional<CaseOutcome> complaint(String id, RecoveryAction... actions) {
        CaseOutcome.Builder b = CaseOutcome.builder(CaseId.of(id), FeedbackId.of("fb-" + id), Channel.PHONE,
                FeedbackCategory.SERVICE_ATTITUDE, Severity.MAJOR, T).resolvedAt(T.plusSeconds(3_600));
        for (RecoveryAction a : actions) {
            b.recoveryAction(a);
        }
        return Optional.of(b.build(T.plusSeconds(7_200), Closure.CONFIRMED));
    }

    static RecoveryAction action(RecoveryActionKind kind, RecoveryOutcome outcome) {
        return kind == RecoveryActionKind.COMPENSATION
                ? RecoveryAction.compensation(Money.of("50", "CNY"), AGENT, T, outcome)
                : RecoveryAction.of(kind, AGENT, T, outcome);
    }

    static RecoveryParadox example() {
        RecoveryParadox r = new RecoveryParadox();
        for (int s : new int[] {10, 9, 8, 6}) {
            r.addNps(Optional.empty(), s);
        }
        for (int s : new int[] {5, 4, 3}) {
            r.addSatisfaction(Optional.empty(), s);
        }
        RecoveryAction apology = action(RecoveryActionKind.APOLOGY, RecoveryOutcome.SUCCEEDED);
        RecoveryAction compensation = action(RecoveryActionKind.COMPENSATION, RecoveryOutcome.SUCCEEDED);
        r.addNps(complaint("r1", apology), 10);
        r.addNps(complaint("r2", compensation), 10);
        r.addNps(complaint("r3", apology, compensation), 9);
        r.addNps(complaint("r4", action(RecoveryActionKind.FIX, RecoveryOutcome.SUCCEEDED)), 7);
        r.addNps(complaint("r5", apology), 3);
        for (int s : new int[] {5, 5, 4, 2}) {
            r.addSatisfaction(complaint("rs", apology), s);
        }
        r.addNps(complaint("n1"), 2);
        r.addNps(complaint("n2", action(RecoveryActionKind.APOLOGY, RecoveryOutcome.FAILED)), 5);
        r.addNps(complaint("n3", action(RecoveryActionKind.COMPENSATION, RecoveryOutcome.PENDING)), 8);
        for (int s : new int[] {1, 2, 4}) {
            r.addSatisfaction(complaint("ns"), s);
        }
        return r;
    }

    @Test
    void groups() {
        RecoveryParadox r = example();
        assertThat(r.group(RecoveryGroup.NEVER_FAILED).nps().orElseThrow().score()).isEqualTo(25.0);
        assertThat(r.group(RecoveryGroup.RECOVERED).nps().orElseThrow().score()).isEqualTo(40.0);
        assertThat(r.group(RecoveryGroup.NOT_RECOVERED).nps().orElseThrow().score()).isCloseTo(-200.0 / 3, within(1e-9));
        assertThat(r.group(RecoveryGroup.RECOVERED).satisfaction().orElseThrow().topTwoBoxShare()).isEqualTo(0.75);
        assertThat(r.group(RecoveryGroup.NOT_RECOVERED).satisfaction().orElseThrow().mean()).isCloseTo(7.0 / 3,
                within(1e-9));
        Interval wilson = r.group(RecoveryGroup.RECOVERED).satisfiedInterval().orElseThrow();
        assertThat(wilson.lower()).isCloseTo(0.300643, within(1e-5));
        assertThat(wilson.upper()).isCloseTo(0.954416, within(1e-5));
        // the NPS interval is the metrics' adjusted Wald
        assertThat(r.group(RecoveryGroup.RECOVERED).nps().orElseThrow()).isEqualTo(NpsResult.of(3, 1, 1));
    }

    @Test
    void byAction() {
        RecoveryParadox r = example();
        assertThat(r.byAction(RecoveryActionKind.APOLOGY).nps().orElseThrow().score()).isCloseTo(100.0 / 3,
                within(1e-9));
        assertThat(r.byAction(RecoveryActionKind.COMPENSATION).nps().orElseThrow().score()).isEqualTo(100.0);
        assertThat(r.byAction(RecoveryActionKind.FIX).nps().orElseThrow().score()).isEqualTo(0.0);
        assertThat(r.byAction(RecoveryActionKind.ESCALATION).nps()).isEmpty();
        // the satisfaction ratings of recovered customers were all after a successful apology
        assertThat(r.byAction(RecoveryActionKind.APOLOGY).satisfaction().orElseThrow().responses()).isEqualTo(4);
    }

    @Test
    void recoveredAgainstNeverFailed() {
        RecoveryComparison c = example().compare(RecoveryGroup.RECOVERED, RecoveryGroup.NEVER_FAILED);
        NpsComparison nps = c.nps().orElseThrow();
        assertThat(nps.difference()).isCloseTo(15.0, within(1e-9));
        assertThat(nps).isEqualTo(NpsResult.of(3, 1, 1).comparisonWith(NpsResult.of(2, 1, 1)));
        TwoProportionTest satisfied = c.satisfied().orElseThrow();
        assertThat(satisfied.pooledProportion()).isCloseTo(5.0 / 7, within(1e-12));
        assertThat(satisfied.statistic()).isCloseTo(0.24152, within(1e-5));
        assertThat(satisfied.pValue()).isGreaterThan(0.05);
    }

    @Test
    void emptyGroupsAndBadScores() {
        RecoveryParadox r = new RecoveryParadox();
        assertThat(r.group(RecoveryGroup.RECOVERED)).isEqualTo(new GroupScores(Optional.empty(), Optional.empty(),
                Optional.empty()));
        RecoveryComparison c = r.compare(RecoveryGroup.RECOVERED, RecoveryGroup.NOT_RECOVERED);
        assertThat(c.nps()).isEmpty();
        assertThat(c.satisfied()).isEmpty();
        assertThatThrownBy(() -> r.addNps(Optional.empty(), 11)).hasMessage("score must be between 0 and 10, but was 11");
        assertThatThrownBy(() -> r.addSatisfaction(Optional.empty(), 0))
                .hasMessage("score must be between 1 and 5, but was 0");
        assertThat(r).isEqualTo(new RecoveryParadox());
    }

    @Test
    void mergingIntoItselfDoubles() {
        RecoveryParadox r = example();
        r.merge(r);
        assertThat(r).isEqualTo(example().merge(example()));
        assertThat(r.group(RecoveryGroup.RECOVERED).nps().orElseThrow().responses()).isEqualTo(10);
    }

    /**
     * At 90 % (z = 1.644854, the 95th percentile of the normal table): the recovered group's
     * adjusted-Wald NPS adds 3/4 to P = 3 and D = 1 and 3 to n = 5: p̃ = 3.75/8 = 0.46875,
     * d̃ = 1.75/8 = 0.21875, centre 25, se = 100 √((0.6875 − 0.0625)/8) = 27.950850, margin
     * 45.975057: [−20.975057, 70.975057]. Wilson for 3 of 4 (z² = 2.705543): centre
     * (0.75 + 2.705543/8)/(1 + 2.705543/4) = 0.649130, half 1.644854/1.676386 · √(0.046875 +
     * 2.705543/64) = 0.292962: [0.356168, 0.942093]. NPS difference 15, se √(35.777088² + 41.457809²)
     * = 54.760844, margin 90.073572: [−75.073572, 105.073572]. Newcombe for 3/4 − 2/3: Wilson 90 % of
     * 2/3 is [0.253534, 0.921734]; lower 0.083333 − √((0.75 − 0.356168)² + (0.921734 − 0.666667)²)
     * = −0.385882, upper 0.083333 + √((0.942093 − 0.75)² + (0.666667 − 0.253534)²) = 0.538941.
     */
    @Test
    void intervals_at90Percent_workedExample() {
        RecoveryParadox r = example();
        GroupScores g = r.group(RecoveryGroup.RECOVERED, 0.90);
        assertThat(g.level()).isEqualTo(0.90);
        assertThat(g.npsInterval().orElseThrow().lower()).isCloseTo(-20.975057, within(1e-5));
        assertThat(g.npsInterval().orElseThrow().upper()).isCloseTo(70.975057, within(1e-5));
        assertThat(g.satisfiedInterval().orElseThrow().lower()).isCloseTo(0.356168, within(1e-6));
        assertThat(g.satisfiedInterval().orElseThrow().upper()).isCloseTo(0.942093, within(1e-6));
        assertThat(g.nps()).isEqualTo(r.group(RecoveryGroup.RECOVERED).nps()); // the score does not change

        RecoveryComparison c = r.compare(RecoveryGroup.RECOVERED, RecoveryGroup.NEVER_FAILED, 0.90);
        assertThat(c.npsInterval().orElseThrow().lower()).isCloseTo(-75.073572, within(1e-5));
        assertThat(c.npsInterval().orElseThrow().upper()).isCloseTo(105.073572, within(1e-5));
        assertThat(c.satisfiedInterval().orElseThrow().lower()).isCloseTo(-0.385882, within(1e-6));
        assertThat(c.satisfiedInterval().orElseThrow().upper()).isCloseTo(0.538941, within(1e-6));
        assertThat(c.satisfied()).isEqualTo(r.compare(RecoveryGroup.RECOVERED, RecoveryGroup.NEVER_FAILED).satisfied());
        assertThat(r.byAction(RecoveryActionKind.APOLOGY, 0.90).level()).isEqualTo(0.90);
    }

    @Test
    void intervals_defaultLevel_areTheMetrics95PercentOnes() {
        RecoveryParadox r = example();
        GroupScores g = r.group(RecoveryGroup.RECOVERED);
        assertThat(g).isEqualTo(r.group(RecoveryGroup.RECOVERED, 0.95));
        assertThat(g.level()).isEqualTo(0.95);
        assertThat(g.npsInterval()).contains(NpsResult.of(3, 1, 1).adjustedWald());
        RecoveryComparison c = r.compare(RecoveryGroup.RECOVERED, RecoveryGroup.NEVER_FAILED);
        assertThat(c.npsInterval()).contains(c.nps().orElseThrow().interval());
        assertThat(c.satisfiedInterval()).contains(c.satisfied().orElseThrow().newcombeInterval());
        assertThatThrownBy(() -> r.group(RecoveryGroup.RECOVERED, 1.0))
                .hasMessage("level must be at least 0.5 and below 1, but was 1.0");
        assertThatThrownBy(() -> r.compare(RecoveryGroup.RECOVERED, RecoveryGroup.NEVER_FAILED, 0.3))
                .hasMessage("level must be at least 0.5 and below 1, but was 0.3");
    }
}
