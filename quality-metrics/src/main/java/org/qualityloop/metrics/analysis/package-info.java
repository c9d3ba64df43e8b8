/**
 * Analyses over computed quality data: Pareto analysis, control charts (XmR, p, np, c,
 * u, Laney p′/u′; phase I from the data or phase II against a given standard), before/after
 * significance tests with the caller's alternative and effect sizes with confidence intervals,
 * SERVQUAL gap scores, importance–performance analysis, Kano classification and fuzzy
 * comprehensive evaluation.
 *
 * <p>Analyses are pure functions of their inputs (the SERVQUAL and Kano tallies are mergeable
 * accumulators); results are immutable records, and an analysis of no data returns an explicit
 * empty result rather than NaN.
 */
package org.qualityloop.metrics.analysis;
