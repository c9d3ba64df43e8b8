/**
 * A given/when/then API for scenario tests against the public API, from JUnit or any framework:
 * given a scenario and a seed ({@link org.qualityloop.examples.testing.ScenarioSpec}), when cases
 * run or a change is applied ({@link org.qualityloop.examples.testing.Given}), then a KPI is within
 * a range, has a grade, or changed significantly ({@link org.qualityloop.examples.testing.RunOutcome},
 * {@link org.qualityloop.examples.testing.ChangeOutcome}). A failed expectation throws an
 * {@link java.lang.AssertionError} naming the scenario, seed, KPI and values.
 */
package org.qualityloop.examples.testing;
