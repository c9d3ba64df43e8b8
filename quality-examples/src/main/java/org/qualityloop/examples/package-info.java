/**
 * Quality Loop's example harness, the entry point testers meet: the built-in scenarios of the
 * seed documents ({@link org.qualityloop.examples.BusinessTravel}, {@link org.qualityloop.examples.Hotel},
 * {@link org.qualityloop.examples.PassengerTransport}, listed by {@link org.qualityloop.examples.Scenarios}),
 * and the command line ({@link org.qualityloop.examples.Harness}) that simulates a scenario and
 * prints its KPI scorecard, NPS, SLA compliance, Pareto of complaints, control-chart alarms and
 * throughput, writes the HTML report and runs improvements before and after.
 *
 * <p>The parts: {@code scenario} (what a scenario is, and its JSON form), {@code simulation}
 * (running one, its results, before/after comparisons), {@code testing} (the given/when/then API
 * for scenario tests) and {@code report} (the HTML page).
 */
package org.qualityloop.examples;
