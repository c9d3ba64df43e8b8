package org.qualityloop.examples.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.qualityloop.examples.Scenarios;
import org.qualityloop.examples.scenario.Scenario;

/**
 * A small given/when/then language for scenario tests, usable from JUnit or any test framework:
 * a failed expectation throws an {@link AssertionError} whose message names the scenario, the
 * seed, the number of cases, the KPI, the value found and the value expected.
 *
 * <pre>{@code
 * ScenarioSpec.given("business-travel").seed(42)
 *         .whenCasesRun(20_000)
 *         .thenKpi("reimbursement-cycle").isBetween(5, 8)
 *         .thenKpi("order-accuracy").hasStatus(KpiStatus.AT_RISK)
 *         .thenNoCommandRejected();
 *
 * ScenarioSpec.given("business-travel").seed(42).cases(20_000)
 *         .whenChangeApplied("fast-approval-node")
 *         .thenKpi("reimbursement-cycle").improvesSignificantly().changesByBetween(-60, -40);
 * }</pre>
 *
 * <p>Every {@code when…} runs the simulation at once (deterministically); the {@code then…}
 * checks read its result. Stateless and thread-safe.
 */
public final class ScenarioSpec {

    private ScenarioSpec() {
    }

    /**
     * Starts a specification from a scenario.
     *
     * @param scenario the scenario, not null
     * @return the given part, with seed 42 and 20,000 cases for improvement runs
     */
    public static Given given(Scenario scenario) {
        return new Given(Objects.requireNonNull(scenario, "scenario"), 42, Given.DEFAULT_CASES);
    }

    /**
     * Starts a specification from a built-in or bundled scenario's name or a JSON file's path.
     *
     * @param nameOrPath the name or path, as {@link Scenarios#load(String)} takes it
     * @return the given part
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException when there is no such scenario or the file is invalid
     */
    public static Given given(String nameOrPath) {
        try {
            return given(Scenarios.load(nameOrPath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
