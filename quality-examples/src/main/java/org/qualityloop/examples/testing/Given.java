package org.qualityloop.examples.testing;

import org.qualityloop.examples.scenario.Improvement;
import org.qualityloop.examples.scenario.Scenario;
import org.qualityloop.examples.simulation.Simulation;

/**
 * The "given" part of a scenario specification: a scenario, a seed and, for improvement runs, a
 * number of cases. Immutable; {@code seed} and {@code cases} return changed copies.
 */
public final class Given {

    /** The number of cases of an improvement run unless {@link #cases(int)} says otherwise. */
    public static final int DEFAULT_CASES = 20_000;

    private final Scenario scenario;
    private final long seed;
    private final int cases;

    Given(Scenario scenario, long seed, int cases) {
        this.scenario = scenario;
        this.seed = seed;
        this.cases = cases;
    }

    /**
     * With a seed.
     *
     * @param value the seed
     * @return the changed copy
     */
    public Given seed(long value) {
        return new Given(scenario, value, cases);
    }

    /**
     * With a number of cases for improvement runs.
     *
     * @param value at least 1
     * @return the changed copy
     * @throws IllegalArgumentException when the value is below 1
     */
    public Given cases(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("cases must be at least 1, but was " + value);
        }
        return new Given(scenario, seed, value);
    }

    /**
     * Returns the scenario.
     *
     * @return the scenario
     */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * Runs the scenario.
     *
     * @param n the number of service cases, at least 1
     * @return the "then" part, over the run's result
     */
    public RunOutcome whenCasesRun(int n) {
        return new RunOutcome(Simulation.of(scenario).seed(seed).cases(n).run(), label(n));
    }

    /**
     * Runs the scenario before and after one of its improvements.
     *
     * @param improvement the improvement's name, such as {@code "placebo"}
     * @return the "then" part, over the comparison
     * @throws IllegalArgumentException when the scenario has no such improvement
     */
    public ChangeOutcome whenChangeApplied(String improvement) {
        return new ChangeOutcome(Simulation.of(scenario).seed(seed).cases(cases).compare(improvement),
                label(cases) + ", change " + improvement);
    }

    /**
     * Runs the scenario before and after an improvement.
     *
     * @param improvement the improvement, not null
     * @return the "then" part, over the comparison
     */
    public ChangeOutcome whenChangeApplied(Improvement improvement) {
        return new ChangeOutcome(Simulation.of(scenario).seed(seed).cases(cases).compare(improvement),
                label(cases) + ", change " + improvement.name());
    }

    private String label(int n) {
        return scenario.name() + " (seed " + seed + ", " + String.format(java.util.Locale.ROOT, "%,d", n) + " cases)";
    }

    @Override
    public String toString() {
        return "Given[" + scenario.name() + ", seed=" + seed + ", cases=" + cases + "]";
    }
}
