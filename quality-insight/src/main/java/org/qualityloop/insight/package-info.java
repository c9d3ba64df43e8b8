/**
 * Analyses over case histories: {@link org.qualityloop.insight.DwellTimes} (where time goes, per
 * lifecycle state and per process stage, with the slowest node tested against the others),
 * {@link org.qualityloop.insight.ProcessMap} (the directly-follows graph of states with
 * frequencies, times and rework, drawn as a {@link org.qualityloop.insight.ProcessGraph}),
 * {@link org.qualityloop.insight.SlaWhatIf} (replaying histories under another SLA policy or
 * calendar), {@link org.qualityloop.insight.RecoveryParadox} (the scores of recovered,
 * never-failed and unrecovered customers) and {@link org.qualityloop.insight.Cohorts} (the KPIs
 * per week of receipt, channel, segment and category). Each analysis is a streaming, mergeable accumulator
 * fed one case (or one answer) at a time; its result is an immutable value. See
 * {@code docs/insight.md}.
 */
package org.qualityloop.insight;
