/**
 * Analyses over computed quality data: Pareto analysis of complaint or defect categories,
 * Shewhart attribute control charts, and before/after significance tests.
 *
 * <p>Every analysis is a pure function of its inputs; results are immutable records, and an
 * analysis of no data returns an explicit empty result rather than NaN.
 */
package org.qualityloop.metrics.analysis;
