/**
 * Running a scenario: {@link org.qualityloop.examples.simulation.Simulation} is a seeded,
 * deterministic discrete-event simulation in which every feedback case runs through the
 * {@code quality-workflow} case engine on a simulated clock;
 * {@link org.qualityloop.examples.simulation.SimulationResult} is what it measured with
 * {@code quality-metrics}; {@link org.qualityloop.examples.simulation.Comparison} compares a run
 * with and without an improvement, KPI by KPI, with the significance tests of
 * {@link org.qualityloop.metrics.analysis.BeforeAfter}.
 */
package org.qualityloop.examples.simulation;
