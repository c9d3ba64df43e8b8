/**
 * Analyses over case histories: {@link org.qualityloop.insight.DwellTimes} (where time goes, per
 * lifecycle state and per process stage, with the slowest node tested against the others) and
 * {@link org.qualityloop.insight.ProcessMap} (the directly-follows graph of states with
 * frequencies, times and rework, drawn as a {@link org.qualityloop.insight.ProcessGraph}). Each
 * analysis is a streaming, mergeable accumulator fed with whole histories
 * ({@code List<CaseEvent>}, as {@code FeedbackLifecycle.replay} takes them); its result is an
 * immutable value. See {@code docs/insight.md}.
 */
package org.qualityloop.insight;
