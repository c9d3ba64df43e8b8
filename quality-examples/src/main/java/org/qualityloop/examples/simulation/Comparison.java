package org.qualityloop.examples.simulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.qualityloop.examples.scenario.Improvement;
import org.qualityloop.metrics.KpiScorecard;
import org.qualityloop.metrics.analysis.BeforeAfter;
import org.qualityloop.metrics.analysis.TestResult;
import org.qualityloop.model.KpiId;
import org.qualityloop.examples.internal.Valid;
import org.qualityloop.model.kpi.KpiDirection;

/**
 * An improvement run: every KPI before and after a change, each with the significance test of
 * {@link BeforeAfter} that fits it — the two-proportion z-test for rates, the Mann–Whitney U
 * test for times, Welch's t-test for mean scores and for NPS (on the answers coded +100, 0,
 * −100). Because a scorecard tests many KPIs at once, p-values are adjusted by Holm's step-down
 * method in two families: the KPIs the improvement names (the hypotheses stated before the run)
 * and every other KPI (what else moved). Within each family the chance of any false alarm stays at
 * or below α = {@value #ALPHA}; a KPI changed significantly when its adjusted p-value is below α.
 *
 * <p>The verdict judges the improvement by the KPIs it names: a real change must improve each
 * of them significantly; a placebo, judged by the KPIs of the scenario's first improvement, must
 * move none of them significantly. Immutable.
 *
 * @param improvement the improvement, not null
 * @param before the run without it, not null
 * @param after the run with it, not null
 * @param changes one entry per KPI, in scorecard order
 */
public record Comparison(Improvement improvement, SimulationResult before, SimulationResult after,
        List<KpiChange> changes) {

    /** The family-wise significance level. */
    public static final double ALPHA = 0.05;

    /**
     * Validates and copies the components.
     *
     * @param improvement the improvement, not null
     * @param before the run without it, not null
     * @param after the run with it, not null
     * @param changes one entry per KPI, in scorecard order
     * @throws NullPointerException naming a null component
     */
    public Comparison {
        Objects.requireNonNull(improvement, "improvement");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        changes = Valid.listCopy(changes, "changes");
    }

    /**
     * Compares two runs of the same scenario's KPIs.
     *
     * @param improvement the improvement the after run applied, not null
     * @param before the run without it, not null
     * @param after the run with it, not null
     * @return the comparison
     */
    public static Comparison of(Improvement improvement, SimulationResult before, SimulationResult after) {
        Objects.requireNonNull(improvement, "improvement");
        List<KpiScorecard.Row> rows = before.scorecard().rows();
        int n = rows.size();
        Optional<TestResult>[] results = newArray(n);
        KpiChange.Test[] tests = new KpiChange.Test[n];
        for (int i = 0; i < n; i++) {
            KpiId id = rows.get(i).definition().id();
            KpiSample b = before.samples().get(id);
            KpiSample a = after.samples().get(id);
            tests[i] = testFor(b != null ? b : a);
            results[i] = b == null || a == null ? Optional.empty() : test(b, a);
        }
        boolean[] expected = new boolean[n];
        for (int i = 0; i < n; i++) {
            expected[i] = improvement.expected().contains(rows.get(i).definition().id());
        }
        double[] adjusted = new double[n];
        for (boolean family : new boolean[] {true, false}) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (expected[i] == family) {
                    members.add(i);
                }
            }
            double[] p = new double[members.size()];
            for (int k = 0; k < p.length; k++) {
                p[k] = results[members.get(k)].map(TestResult::pValue).orElse(1.0);
            }
            double[] adj = holm(p);
            for (int k = 0; k < p.length; k++) {
                adjusted[members.get(k)] = adj[k];
            }
        }
        List<KpiChange> changes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            KpiScorecard.Row row = rows.get(i);
            Optional<BigDecimal> bv = row.measured();
            Optional<BigDecimal> av = after.scorecard().row(row.definition().id()).flatMap(KpiScorecard.Row::measured);
            boolean improved = bv.isPresent() && av.isPresent()
                    && (row.definition().direction() == KpiDirection.HIGHER_IS_BETTER
                            ? av.get().compareTo(bv.get()) > 0 : av.get().compareTo(bv.get()) < 0);
            changes.add(new KpiChange(row.definition(), bv, av, tests[i], results[i], adjusted[i],
                    results[i].isPresent() && adjusted[i] < ALPHA, improved,
                    improvement.expected().contains(row.definition().id())));
        }
        return new Comparison(improvement, before, after, changes);
    }

    @SuppressWarnings("unchecked")
    private static Optional<TestResult>[] newArray(int n) {
        return (Optional<TestResult>[]) new Optional<?>[n];
    }

    private static KpiChange.Test testFor(KpiSample sample) {
        if (sample == null || sample instanceof KpiSample.Rate) {
            return KpiChange.Test.TWO_PROPORTION_Z;
        }
        return switch (((KpiSample.Values) sample).kind()) {
            case TIME -> KpiChange.Test.MANN_WHITNEY_U;
            default -> KpiChange.Test.WELCH_T;
        };
    }

    private static Optional<TestResult> test(KpiSample before, KpiSample after) {
        if (before instanceof KpiSample.Rate b && after instanceof KpiSample.Rate a) {
            if (b.trials() == 0 || a.trials() == 0) {
                return Optional.empty();
            }
            return BeforeAfter.twoProportions(b.successes(), b.trials(), a.successes(), a.trials())
                    .map(TestResult.class::cast);
        }
        KpiSample.Values b = (KpiSample.Values) before;
        KpiSample.Values a = (KpiSample.Values) after;
        if (b.size() < 2 || a.size() < 2) {
            return Optional.empty();
        }
        return switch (b.kind()) {
            case TIME -> BeforeAfter.mannWhitney(b.values(), a.values()).map(TestResult.class::cast);
            default -> BeforeAfter.welch(b.values(), a.values()).map(TestResult.class::cast);
        };
    }

    /** Holm's step-down adjustment of a family of p-values. */
    private static double[] holm(double[] p) {
        int n = p.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(p[x], p[y]));
        double[] adjusted = new double[n];
        double running = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            running = Math.max(running, Math.min(1.0, (n - k) * p[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }

    /**
     * A KPI's change.
     *
     * @param kpi the KPI's id
     * @return the change
     * @throws IllegalArgumentException when the scenario has no such KPI
     */
    public KpiChange change(String kpi) {
        return changes.stream().filter(c -> c.kpi().id().value().equals(kpi)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("kpi must be a KPI of scenario '"
                        + before.run().scenario() + "', but was '" + kpi + "'"));
    }

    /**
     * The KPIs that changed significantly.
     *
     * @return the changes whose adjusted p-value is below α, in scorecard order
     */
    public List<KpiChange> significant() {
        return changes.stream().filter(KpiChange::significant).toList();
    }

    /**
     * Judges the improvement by the KPIs it names: a real change improved every one of them
     * significantly (and names at least one); a placebo moved none of them significantly.
     *
     * @return the verdict
     */
    public boolean verdict() {
        List<KpiChange> named = changes.stream().filter(KpiChange::expected).toList();
        if (improvement.isPlacebo()) {
            return named.stream().noneMatch(KpiChange::significant);
        }
        return !named.isEmpty() && named.stream().allMatch(c -> c.significant() && c.improved());
    }

    /**
     * The verdict in words, naming the KPIs the improvement names by their labels, such as
     * {@code "significant improvement of Reimbursement cycle time"}, or for a placebo
     * {@code "no significant change of Reimbursement cycle time - as a placebo should"}.
     *
     * @return the sentence
     */
    public String verdictText() {
        List<String> named = changes.stream().filter(KpiChange::expected).map(k -> k.kpi().name()).toList();
        String kpis = named.isEmpty() ? "any KPI" : String.join(", ", named);
        if (improvement.isPlacebo()) {
            return verdict() ? "no significant change of " + kpis + " - as a placebo should"
                    : "a significant change of " + kpis + " although nothing changed (a false alarm)";
        }
        return verdict() ? "significant improvement of " + kpis : "no significant improvement of " + kpis;
    }
}
