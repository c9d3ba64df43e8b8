/**
 * What a scenario is: a service process, the service centre's calendar and SLA policy, KPIs with
 * targets and what each measures ({@link org.qualityloop.examples.scenario.ScenarioKpi}), and the
 * distributions of the simulated population — {@link org.qualityloop.examples.scenario.Demand},
 * the {@link org.qualityloop.examples.scenario.Step}s of the process,
 * {@link org.qualityloop.examples.scenario.FeedbackMix}, the
 * {@link org.qualityloop.examples.scenario.ServiceDesk} that closes the loop and the
 * {@link org.qualityloop.examples.scenario.Surveys} — plus the
 * {@link org.qualityloop.examples.scenario.Improvement}s that can be tried on it.
 * {@link org.qualityloop.examples.scenario.ScenarioJson} reads and writes the JSON form
 * ({@code docs/scenarios.md}); a wrong file gets a
 * {@link org.qualityloop.examples.scenario.ScenarioFormatException} naming the field and line.
 *
 * <p>Every type is immutable and validates on construction; messages name the field, the rule and
 * the value.
 */
package org.qualityloop.examples.scenario;
