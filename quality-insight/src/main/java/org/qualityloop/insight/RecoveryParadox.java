package org.qualityloop.insight;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.qualityloop.metrics.CsatAccumulator;
import org.qualityloop.metrics.Interval;
import org.qualityloop.metrics.Mergeable;
import org.qualityloop.metrics.NpsAccumulator;
import org.qualityloop.metrics.NpsComparison;
import org.qualityloop.metrics.NpsResult;
import org.qualityloop.metrics.analysis.BeforeAfter;
import org.qualityloop.metrics.analysis.TwoProportionTest;
import org.qualityloop.model.feedback.RecoveryAction;
import org.qualityloop.model.feedback.RecoveryActionKind;
import org.qualityloop.model.feedback.RecoveryOutcome;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.outcome.CaseOutcome;

/**
 * The service-recovery paradox: are customers whose failure was recovered as satisfied, and as
 * likely to recommend, as customers who never met a failure — and more than those left without
 * recovery? Each answer is added with the outcome of the customer's complaint case (or none), which
 * places the customer in a {@link RecoveryGroup}; recovered customers also count under every kind
 * of recovery action that succeeded for them ({@link #byAction(RecoveryActionKind)}). Linking an
 * answer to its customer's case is the caller's join (a customer id on both sides); nothing here
 * sees who the customer is.
 *
 * <p>Scores are NPS (answers 0–10, {@link NpsAccumulator}) and satisfaction (ratings 1–5,
 * {@link CsatAccumulator}); {@link #compare} tests two groups. Streaming and mergeable: any split
 * of the same answers merged gives an equal accumulator. Mutable and not thread-safe.
 */
public final class RecoveryParadox implements Mergeable<RecoveryParadox> {

    private final Map<RecoveryGroup, Scores> groups = new EnumMap<>(RecoveryGroup.class);
    private final Map<RecoveryActionKind, Scores> actions = new EnumMap<>(RecoveryActionKind.class);

    /** Creates an empty accumulator. */
    public RecoveryParadox() {
        for (RecoveryGroup g : RecoveryGroup.values()) {
            groups.put(g, new Scores());
        }
    }

    /**
     * Adds one likelihood-to-recommend answer.
     *
     * @param complaint the outcome of the customer's complaint case, or empty when they had none
     * @param score the answer, 0 to 10
     * @throws IllegalArgumentException when the score is outside 0–10; nothing is added then
     */
    public void addNps(Optional<CaseOutcome> complaint, int score) {
        Checks.between(score, 0, 10, "score");
        groups.get(RecoveryGroup.of(complaint)).nps.add(score);
        for (RecoveryActionKind k : succeeded(complaint)) {
            actions.computeIfAbsent(k, x -> new Scores()).nps.add(score);
        }
    }

    /**
     * Adds one satisfaction rating.
     *
     * @param complaint the outcome of the customer's complaint case, or empty when they had none
     * @param score the rating, 1 to 5
     * @throws IllegalArgumentException when the rating is outside 1–5; nothing is added then
     */
    public void addSatisfaction(Optional<CaseOutcome> complaint, int score) {
        Checks.between(score, 1, 5, "score");
        groups.get(RecoveryGroup.of(complaint)).csat.add(score);
        for (RecoveryActionKind k : succeeded(complaint)) {
            actions.computeIfAbsent(k, x -> new Scores()).csat.add(score);
        }
    }

    private static Set<RecoveryActionKind> succeeded(Optional<CaseOutcome> complaint) {
        Set<RecoveryActionKind> kinds = EnumSet.noneOf(RecoveryActionKind.class);
        complaint.ifPresent(c -> {
            for (RecoveryAction a : c.recoveryActions()) {
                if (a.outcome() == RecoveryOutcome.SUCCEEDED) {
                    kinds.add(a.kind());
                }
            }
        });
        return kinds;
    }

    /**
     * Adds every answer of {@code other}; {@code other} is not changed.
     *
     * @param other another accumulator, not null; may be this one, which doubles every count
     * @return this accumulator
     */
    @Override
    public RecoveryParadox merge(RecoveryParadox other) {
        Objects.requireNonNull(other, "other");
        Map<RecoveryGroup, Scores> g = new EnumMap<>(RecoveryGroup.class);
        other.groups.forEach((k, v) -> g.put(k, new Scores().merge(v)));
        Map<RecoveryActionKind, Scores> a = new EnumMap<>(RecoveryActionKind.class);
        other.actions.forEach((k, v) -> a.put(k, new Scores().merge(v)));
        g.forEach((k, v) -> groups.get(k).merge(v));
        a.forEach((k, v) -> actions.computeIfAbsent(k, x -> new Scores()).merge(v));
        return this;
    }

    /**
     * The scores of one group.
     *
     * @param group the group, not null
     * @return its scores, each empty when the group has no answer of that kind
     */
    public GroupScores group(RecoveryGroup group) {
        return group(group, Confidence.DEFAULT_LEVEL);
    }

    /**
     * The scores of one group, with intervals at a confidence level.
     *
     * @param group the group, not null
     * @param level the confidence level of the intervals, at least 0.5 and below 1 (0.95 by default)
     * @return its scores, each empty when the group has no answer of that kind
     * @throws IllegalArgumentException when the level is outside [0.5, 1)
     */
    public GroupScores group(RecoveryGroup group, double level) {
        Confidence.check(level);
        return groups.get(Checks.notNull(group, "group")).result(level);
    }

    /**
     * The scores of the recovered customers for whom a kind of recovery action succeeded.
     *
     * @param kind the kind, not null
     * @return its scores, each empty when no such answer was added
     */
    public GroupScores byAction(RecoveryActionKind kind) {
        return byAction(kind, Confidence.DEFAULT_LEVEL);
    }

    /**
     * The scores of the recovered customers for whom a kind of recovery action succeeded, with
     * intervals at a confidence level.
     *
     * @param kind the kind, not null
     * @param level the confidence level of the intervals, at least 0.5 and below 1 (0.95 by default)
     * @return its scores, each empty when no such answer was added
     * @throws IllegalArgumentException when the level is outside [0.5, 1)
     */
    public GroupScores byAction(RecoveryActionKind kind, double level) {
        Confidence.check(level);
        Scores s = actions.get(Checks.notNull(kind, "kind"));
        return (s == null ? new Scores() : s).result(level);
    }

    /**
     * Compares two groups: the NPS difference with its z-test and interval, and the two-proportion
     * z-test of the satisfied shares.
     *
     * @param first the first group, not null
     * @param second the second group, not null
     * @return the comparison
     */
    public RecoveryComparison compare(RecoveryGroup first, RecoveryGroup second) {
        return compare(first, second, Confidence.DEFAULT_LEVEL);
    }

    /**
     * Compares two groups as {@link #compare(RecoveryGroup, RecoveryGroup)} does, with the
     * intervals of both differences at a confidence level: the Wald interval of the NPS difference
     * and Newcombe's hybrid score interval of the difference of the satisfied shares.
     *
     * @param first the first group, not null
     * @param second the second group, not null
     * @param level the confidence level of the intervals, at least 0.5 and below 1 (0.95 by default)
     * @return the comparison
     * @throws IllegalArgumentException when the level is outside [0.5, 1)
     */
    public RecoveryComparison compare(RecoveryGroup first, RecoveryGroup second, double level) {
        Confidence.check(level);
        Scores a = groups.get(Checks.notNull(first, "first"));
        Scores b = groups.get(Checks.notNull(second, "second"));
        Optional<NpsResult> na = a.nps.result();
        Optional<NpsResult> nb = b.nps.result();
        Optional<NpsComparison> nps = na.isPresent() && nb.isPresent() ? Optional.of(na.get().comparisonWith(nb.get()))
                : Optional.empty();
        Optional<TwoProportionTest> satisfied = a.csat.count() == 0 || b.csat.count() == 0
                ? Optional.empty()
                : BeforeAfter.twoProportions(a.satisfied(), a.csat.count(), b.satisfied(), b.csat.count());
        double z = Confidence.z(level);
        Optional<Interval> npsInterval = level == Confidence.DEFAULT_LEVEL ? nps.map(NpsComparison::interval)
                : nps.map(c -> new Interval(c.difference() - z * c.standardError(), c.difference() + z * c.standardError()));
        Optional<Interval> satisfiedInterval = level == Confidence.DEFAULT_LEVEL
                ? satisfied.map(TwoProportionTest::newcombeInterval)
                : satisfied.map(t -> newcombe(t, z));
        return new RecoveryComparison(first, second, nps, satisfied, level, npsInterval, satisfiedInterval);
    }

    /**
     * Newcombe's hybrid score interval (method 10 of Newcombe 1998, Statistics in Medicine 17) of
     * {@code p₁ − p₂} from the Wilson intervals of both proportions.
     */
    static Interval newcombe(TwoProportionTest t, double z) {
        double p1 = t.proportionBefore();
        double p2 = t.proportionAfter();
        Interval w1 = Confidence.wilson(t.successesBefore(), t.trialsBefore(), z);
        Interval w2 = Confidence.wilson(t.successesAfter(), t.trialsAfter(), z);
        double d = p1 - p2;
        double lower = d - Math.sqrt(sq(p1 - w1.lower()) + sq(w2.upper() - p2));
        double upper = d + Math.sqrt(sq(w1.upper() - p1) + sq(p2 - w2.lower()));
        return new Interval(Math.max(-1.0, lower), Math.min(1.0, upper));
    }

    /** Rocks's (2016) adjusted-Wald interval of an NPS, as {@code NpsResult} computes it at 95 %. */
    static Interval adjustedWald(NpsResult r, double z) {
        double margin = z * r.adjustedStandardError();
        double centre = r.adjustedScore();
        return new Interval(Math.max(-100.0, centre - margin), Math.min(100.0, centre + margin));
    }

    private static double sq(double x) {
        return x * x;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecoveryParadox r && r.groups.equals(groups) && r.actions.equals(actions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(groups, actions);
    }

    @Override
    public String toString() {
        return "RecoveryParadox[" + groups.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().nps.count()
                + "/" + e.getValue().csat.count()).toList() + "]";
    }

    /** NPS answers and 1–5 ratings of one group. */
    private static final class Scores {
        private final NpsAccumulator nps = new NpsAccumulator();
        private final CsatAccumulator csat = CsatAccumulator.oneToFive();

        Scores merge(Scores o) {
            nps.merge(o.nps);
            csat.merge(o.csat);
            return this;
        }

        long satisfied() {
            return csat.counts().get(3) + csat.counts().get(4);
        }

        GroupScores result(double level) {
            double z = Confidence.z(level);
            Optional<NpsResult> n = nps.result();
            Optional<Interval> npsInterval = level == Confidence.DEFAULT_LEVEL ? n.map(NpsResult::adjustedWald)
                    : n.map(r -> adjustedWald(r, z));
            return new GroupScores(n, csat.result(), csat.count() == 0 ? Optional.empty()
                    : Optional.of(Confidence.wilson(satisfied(), csat.count(), z)), level, npsInterval);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Scores s && s.nps.equals(nps) && s.csat.equals(csat);
        }

        @Override
        public int hashCode() {
            return Objects.hash(nps, csat);
        }
    }
}
